package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.report.domain.DeadlineExtension;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.messaging.ReportEventProducer;
import cn.gov.samr.campaigns.report.repository.DeadlineExtensionRepository;

/** Deadline extensions: the province asks with a reason, the national office grants a date or refuses. */
@ApplicationScoped
public class ExtensionService {

    private final DeadlineExtensionRepository extensions;
    private final ReportEventProducer events;
    private final Clock clock;

    public ExtensionService(DeadlineExtensionRepository extensions, ReportEventProducer events, Clock clock) {
        this.extensions = extensions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DeadlineExtension request(Obligation o, LocalDate until, String reason, String by) {
        o.requireExtensible();
        laterThanDeadline(o, until, "deadline");
        if (extensions.open(o.id).isPresent()) {
            throw new ConflictProblem("An extension request is already waiting for a decision.");
        }
        DeadlineExtension request = DeadlineExtension.request(o.id, until, reason, by, OffsetDateTime.now(clock));
        extensions.persist(request);
        try {
            // Two requests at the same moment both found none open; the partial unique index
            // deadline_extension_one_open lets the first in and refuses the second here rather than at commit.
            extensions.flush();
        } catch (PersistenceException e) {
            throw new ConflictProblem("An extension request is already waiting for a decision (another request for "
                    + "this obligation was made at the same moment).");
        }
        return request;
    }

    /** Grants the request, with its date or another one the national office chooses; the deadline moves. */
    @Transactional
    public DeadlineExtension grant(Obligation o, UUID extensionId, LocalDate until, String note, String by) {
        DeadlineExtension request = of(o, extensionId);
        LocalDate granted = until == null ? request.requestedDeadline : until;
        laterThanDeadline(o, granted, "deadline");
        request.grant(granted, note, by, OffsetDateTime.now(clock));
        LocalDate previous = o.deadline;
        o.extendTo(granted);
        events.extended(o, previous, request.reason);
        return request;
    }

    @Transactional
    public DeadlineExtension refuse(Obligation o, UUID extensionId, String note, String by) {
        DeadlineExtension request = of(o, extensionId);
        request.refuse(note, by, OffsetDateTime.now(clock));
        return request;
    }

    public List<DeadlineExtension> history(Obligation o) {
        return extensions.of(o.id);
    }

    private DeadlineExtension of(Obligation o, UUID extensionId) {
        return extensions.findByIdOptional(extensionId).filter(e -> e.obligationId.equals(o.id))
                .orElseThrow(() -> new NotFoundProblem("Extension", extensionId));
    }

    private static void laterThanDeadline(Obligation o, LocalDate until, String field) {
        InvalidInputException.collect()
                .check(until.isAfter(o.deadline), field, "must be after the current deadline " + o.deadline)
                .throwIfAny();
    }
}
