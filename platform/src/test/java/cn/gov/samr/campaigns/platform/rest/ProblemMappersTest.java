package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import io.quarkus.arc.ArcUndeclaredThrowableException;

/** Races found however deep they are wrapped; the errors list bounded. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers(new ObjectMapper());

    @Test
    void aUniqueViolationWrappedAtCommitIsAConflict() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new ConstraintViolationException("could not execute statement", unique, "uk_x"));
        Response response = mappers.unexpected(new ArcUndeclaredThrowableException(rollback), null);
        assertEquals(409, response.getStatus());
        assertTrue(((Problem) response.getEntity()).detail().contains("same time"));
    }

    @Test
    void serializationFailuresAndDeadlocksAreConflicts() {
        for (String state : List.of("40001", "40P01")) {
            Response response = mappers.persistence(new PersistenceException(new SQLException("x", state)), null);
            assertEquals(409, response.getStatus(), state);
        }
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("deadlock", "40P01"));
        assertEquals(409, mappers.unexpected(new RuntimeException(batch), null).getStatus());
    }

    @Test
    void otherFailuresStayBugs() {
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug"), null).getStatus());
        assertEquals(500, mappers.persistence(new PersistenceException(new SQLException("x", "42P01")), null)
                .getStatus());
    }

    @Test
    void theErrorsListIsBoundedWithACount() {
        List<FieldError> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new FieldError("f" + i, "x".repeat(5000)));
        }
        List<FieldError> bounded = ProblemMappers.bounded(many);
        assertEquals(100, bounded.size());
        assertEquals("151 more errors were left out", bounded.get(99).message());
        assertTrue(bounded.get(0).message().length() <= 1000);
        assertEquals(3, ProblemMappers.bounded(many.subList(0, 3)).size());
    }
}
