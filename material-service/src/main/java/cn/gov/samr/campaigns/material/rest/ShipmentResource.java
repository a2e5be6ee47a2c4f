package cn.gov.samr.campaigns.material.rest;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.domain.ShipmentStatus;
import cn.gov.samr.campaigns.material.repository.ShipmentRepository;
import cn.gov.samr.campaigns.material.service.ShipmentService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.security.ForbiddenException;

@Path("/api/v1/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shipments", description = "Posters on their way to the provincial bureaus: dispatch, delivery, receipt")
// The national office dispatches and cancels; only the receiving province's officer confirms receipt.
public class ShipmentResource {

    private final ShipmentService service;
    private final Validator validator;
    private final Jurisdiction jurisdiction;

    public ShipmentResource(ShipmentService service, Validator validator, Jurisdiction jurisdiction) {
        this.service = service;
        this.validator = validator;
        this.jurisdiction = jurisdiction;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER })
    @Operation(operationId = "listShipments",
            summary = "Shipments, newest fan-out first then by provincial unit; officers see their own unit's",
            description = "overdue=true: dispatched or delivered, not confirmed, and today (China) is past the "
                    + "expected delivery day plus the grace (material-service.shipments.overdue-grace).")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's shipments")
    @Parameter(name = "provincialUnit", in = ParameterIn.QUERY, description = "Provincial unit code, e.g. 320000")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only shipments in this status")
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = "true: only overdue shipments")
    public Page<ShipmentView> list(@QueryParam("campaign") UUID campaign,
            @QueryParam("provincialUnit") String provincialUnit, @QueryParam("status") ShipmentStatus status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        String unit = provincialUnit;
        if (!jurisdiction.isNational()) {
            // an officer's list is their own unit's, whatever they ask; a token without a division sees nothing
            String own = jurisdiction.scope().orElseThrow(() -> new ForbiddenException("Your token names no division."));
            if (unit != null) {
                jurisdiction.require(unit);
            }
            unit = own;
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.TEXT, Cursor.Key.UUID);
        ShipmentRepository.Filter filter = new ShipmentRepository.Filter(campaign, unit, status, overdue,
                service.overdueBefore());
        List<ShipmentView> rows = service.list(filter, after.isEmpty() ? null : new ShipmentRepository.After(
                after.timestamp(0), after.text(1), after.uuid(2)), limit + 1)
                .stream().map(this::view).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.createdAt().toString(), v.provincialUnit(), v.id().toString()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER })
    @Operation(operationId = "getShipment", summary = "One shipment; an officer only their own unit's")
    public ShipmentView get(@PathParam("id") UUID id) {
        Shipment shipment = service.get(id);
        jurisdiction.require(shipment.divisionCode);
        return view(shipment);
    }

    @POST
    @Path("/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "dispatchShipment",
            summary = "Dispatch a planned shipment: carrier, tracking number, expected delivery day; "
            + "announces ShipmentDispatched")
    @APIResponse(responseCode = "200", description = "Dispatched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "The shipment is not planned")
    public ShipmentView dispatch(@PathParam("id") UUID id, ShipmentRequests.Dispatch request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request,
                "carrier, tracking number and expected delivery day are required", validator);
        errors.check(request.expectedDeliveryOn() == null || !request.expectedDeliveryOn().isBefore(service.today()),
                "expectedDeliveryOn", "must not be before today (" + service.today() + ")");
        errors.throwIfAny();
        return view(service.dispatch(id, request.carrier().strip(), request.trackingNumber().strip(),
                request.expectedDeliveryOn()));
    }

    @POST
    @Path("/{id}/deliver")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "deliverShipment",
            summary = "Record that the carrier reports a dispatched shipment delivered (optional step)")
    @APIResponse(responseCode = "200", description = "Delivered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "The shipment is not dispatched")
    public ShipmentView deliver(@PathParam("id") UUID id) {
        return view(service.deliver(id));
    }

    @POST
    @Path("/{id}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCIAL_OFFICER)
    @Transactional
    @Operation(operationId = "receiveShipment",
            summary = "Confirm receipt (receiving province's officer only): per material, copies received and "
            + "damaged; announces ShipmentReceived",
            description = "Every material of the shipment is counted once. Received: for every material, received "
                    + "+ damaged = dispatched (nothing missing; damaged copies arrived and are reported). Partially "
                    + "received: some copies are missing.")
    @APIResponse(responseCode = "200", description = "Received, or partially received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "403", description = "The shipment goes to another provincial unit")
    @APIResponse(responseCode = "409", description = "The shipment is not dispatched or delivered")
    public ShipmentView receive(@PathParam("id") UUID id, ShipmentRequests.Receive request) {
        InvalidInputException.validate(request, "the counts per material are required", validator).throwIfAny();
        jurisdiction.require(service.get(id).divisionCode);
        List<ShipmentService.Count> counts = IntStream.range(0, request.items().size()).mapToObj(i -> {
            ShipmentRequests.Count c = request.items().get(i);
            return new ShipmentService.Count(i, c.materialId(), c.quantityReceived(), c.quantityDamaged());
        }).toList();
        return view(service.receive(id, counts, request.note(), jurisdiction.caller()));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "cancelShipment",
            summary = "Cancel a shipment not yet confirmed, with a reason; announces ShipmentCancelled")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "The shipment was already received or cancelled")
    public ShipmentView cancel(@PathParam("id") UUID id, ShipmentRequests.Cancel request) {
        InvalidInputException.validate(request, "a reason is required", validator).throwIfAny();
        return view(service.cancel(id, request.reason().strip()));
    }

    private ShipmentView view(Shipment shipment) {
        return ShipmentView.of(shipment, service.isOverdue(shipment));
    }
}
