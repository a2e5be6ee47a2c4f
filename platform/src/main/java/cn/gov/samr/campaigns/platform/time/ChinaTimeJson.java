package cn.gov.samr.campaigns.platform.time;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every timestamp a service writes in JSON is in China time with its offset, to the millisecond
 * ({@code 2022-09-19T09:00:00.000+08:00}), whether it was just created or read back from PostgreSQL in UTC.
 */
@Singleton
public class ChinaTimeJson implements ObjectMapperCustomizer {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    /** Last, so that no module registered after it (JavaTimeModule) takes OffsetDateTime back. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("china-time").addSerializer(OffsetDateTime.class,
                new StdSerializer<>(OffsetDateTime.class) {
                    @Override
                    public void serialize(OffsetDateTime value, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                        out.writeString(FORMAT.format(value.atZoneSameInstant(ChinaClock.ZONE)
                                .truncatedTo(ChronoUnit.MILLIS)));
                    }
                }));
    }
}
