package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.LaunchCeremonyRepository;
import cn.gov.samr.campaigns.event.service.LaunchCeremonyService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.PublicCache;

/**
 * The launch ceremonies of published campaigns, to anyone: where and when, as held or as planned. They also appear
 * in the public iCalendar and GeoJSON feeds ({@link PublicActivityResource}), marked as launch ceremonies.
 */
@Path("/api/v1/public/launch-ceremonies")
@PermitAll
@Tag(name = "Public activities", description = "Published public activities, anonymous: JSON, iCalendar, GeoJSON")
public class PublicLaunchCeremonyResource {

    /**
     * A launch ceremony as the public sees it.
     *
     * @param place the place as held, or as planned; absent when held online only
     * @param date  the day as held, or as planned
     */
    @Schema(requiredProperties = { "id", "title", "campaigns", "date", "outcome" })
    public record PublicLaunchCeremony(UUID id, LocalizedText title, LocalizedText host, List<UUID> campaigns,
            LaunchCeremonyRequest.Place place, LocalDate date,
            @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", example = "09:30",
                    description = "The planned start, China time") @JsonFormat(pattern = "HH:mm") LocalTime startTime,
            LaunchOutcome outcome, @Schema(description = "Where to watch an online or hybrid ceremony") String link) {

        static PublicLaunchCeremony of(LaunchCeremony l, Set<UUID> announced) {
            return new PublicLaunchCeremony(l.id, l.title, l.host,
                    l.campaignIds.stream().filter(announced::contains).sorted().toList(),
                    LaunchCeremonyRequest.Place.of(l.place()), l.day(), l.plannedStartTime, l.outcome, l.link);
        }
    }

    private final LaunchCeremonyService service;

    public PublicLaunchCeremonyResource(LaunchCeremonyService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = PublicCache.EXTENSION, value = "launch-ceremonies,campaigns")
    @Operation(operationId = "listPublicLaunchCeremonies",
            summary = "Launch ceremonies of published campaigns in the order of their day, paged",
            description = "As held, or as planned while to come; a cancelled one stays, marked cancelled.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only the ceremonies launching this campaign")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "On or after this China day, yyyy-MM-dd")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "On or before this China day, yyyy-MM-dd")
    public Page<PublicLaunchCeremony> list(@QueryParam("campaign") UUID campaign, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.DATE, Cursor.Key.UUID);
        List<LaunchCeremony> rows = service.list(new LaunchCeremonyRepository.Filter(campaign, from, to, null, true,
                null, null, null), after.date(0), after.uuid(1), limit + 1);
        Page<LaunchCeremony> page = Page.of(rows, limit, l -> Cursor.encode(l.day().toString(), l.id.toString()));
        Set<UUID> announced = service.announced(page.items().stream().flatMap(l -> l.campaignIds.stream())
                .collect(Collectors.toSet())); // one query for the page
        return new Page<>(page.items().stream().map(l -> PublicLaunchCeremony.of(l, announced)).toList(), page.next());
    }
}
