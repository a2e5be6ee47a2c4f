package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

/** Parameter values converted strictly and named; the query parameters an operation takes. */
class ParamConvertersTest {

    static class Filters {
        @QueryParam("campaign")
        UUID campaign;
        @QueryParam("tag")
        List<String> tags;
    }

    @SuppressWarnings("unused")
    static class Resource {
        public void list(@BeanParam Filters filters, @QueryParam("limit") int limit, @PathParam("id") UUID id,
                String body) {
        }
    }

    private final ParamConverters converters = new ParamConverters();

    @Test
    void valuesConvertStrictlyAndNameTheParameter() throws Exception {
        Method list = Resource.class.getMethod("list", Filters.class, int.class, UUID.class, String.class);
        Annotation[] limit = list.getParameterAnnotations()[1];
        Annotation[] id = list.getParameterAnnotations()[2];
        assertEquals(50, converters.getConverter(int.class, int.class, limit).fromString("50"));
        assertRefused(converters.getConverter(int.class, int.class, limit), "99999999999", "limit");
        assertRefused(converters.getConverter(int.class, int.class, limit), "", "limit");
        assertRefused(converters.getConverter(UUID.class, UUID.class, id), "not-a-uuid", "id");
        assertRefused(converters.getConverter(UUID.class, UUID.class, id), "1-1-1-1-1", "id");
        Annotation[] to = { query("to") };
        ParamConverter<LocalDate> day = converters.getConverter(LocalDate.class, LocalDate.class, to);
        assertEquals(LocalDate.of(2022, 9, 30), day.fromString("2022-09-30"));
        assertNull(day.fromString(""));
        assertRefused(day, "+999999999-12-31", "to");
        assertRefused(day, "2022-13-01", "to");
        assertRefused(converters.getConverter(Boolean.class, Boolean.class, new Annotation[] { query("overdue") }),
                "yes", "overdue");
    }

    @Test
    void theQueryParametersOfAnOperationIncludeItsBeanParams() throws Exception {
        Method list = Resource.class.getMethod("list", Filters.class, int.class, UUID.class, String.class);
        assertEquals(Map.of("campaign", false, "tag", true, "limit", false),
                StrictParameters.queryParametersOf(Resource.class, list));
    }

    private static void assertRefused(ParamConverter<?> converter, String value, String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> converter.fromString(value), value);
        assertEquals(name, e.errors().get(0).field());
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }

            @Override
            public String value() {
                return name;
            }
        };
    }
}
