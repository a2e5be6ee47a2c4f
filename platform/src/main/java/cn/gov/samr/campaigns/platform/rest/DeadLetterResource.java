package cn.gov.samr.campaigns.platform.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.gov.samr.campaigns.platform.messaging.DeadLetters;
import cn.gov.samr.campaigns.platform.messaging.MessagingChannels;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

/**
 * The dead letters of this service's consuming channels, for the national office's operators: what waits, and the
 * redrive that sends it back through the normal path once the cause is fixed. Served by the services that consume
 * events ({@code platform.dead-letters.admin=true}).
 */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Records this service's consumers could not process, and their redrive")
@IfBuildProperty(name = "platform.dead-letters.admin", stringValue = "true")
@Blocking
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final MessagingChannels channels;

    public DeadLetterResource(DeadLetters deadLetters, MessagingChannels channels) {
        this.deadLetters = deadLetters;
        this.channels = channels;
    }

    /** Every consuming channel's dead-letter topic. */
    public record DeadLetterListing(List<DeadLetters.DeadLetterChannel> channels) {
    }

    @GET
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "listDeadLetters", summary = "The dead letters waiting per consuming channel",
            description = "Per channel: its dead-letter topic, how many records wait there (not yet redriven) and "
                    + "the oldest few with their event id, type and the failure that sent them there.")
    @APIResponse(responseCode = "200", description = "Every consuming channel, waiting or not",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterListing.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer; try again")
    public DeadLetterListing list() {
        return new DeadLetterListing(deadLetters.waiting());
    }

    @POST
    @Path("/{channel}/redrive")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "redriveDeadLetters", summary = "Send a channel's waiting dead letters back to their topic",
            description = "Each waiting record goes back to the topic it was read from with its key, body and event "
                    + "headers; the consumers then apply it as any other record (an event already applied, or older "
                    + "than what they hold, changes nothing). A second redrive sends only what was dead-lettered "
                    + "since. Answers how many records were sent back, and the first few.")
    @APIResponse(responseCode = "200", description = "RedriveResult",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetters.RedriveResult.class)))
    @APIResponse(responseCode = "404", description = "No consuming channel of that name")
    @APIResponse(responseCode = "503", description = "Kafka did not answer; nothing was committed, a new redrive "
            + "sends the same records again")
    public DeadLetters.RedriveResult redrive(@PathParam("channel") @Parameter(description = "The channel, e.g. "
            + "`activity-events`", schema = @Schema(maxLength = 100, pattern = "^[a-z0-9-]+$")) String channel) {
        return deadLetters.redrive(channels.named(channel).orElseThrow(() -> new NotFoundProblem("channel", channel)));
    }

    @ServerExceptionMapper
    public Response kafkaUnavailable(DeadLetters.KafkaUnavailableException e, UriInfo uri) {
        return ProblemMappers.problem(503, "kafka-unavailable", "Kafka unavailable", e.getMessage(), uri, List.of());
    }
}
