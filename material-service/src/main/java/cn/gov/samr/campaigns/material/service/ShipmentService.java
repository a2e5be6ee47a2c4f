package cn.gov.samr.campaigns.material.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.material.config.MaterialServiceConfig;
import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.domain.ShipmentItem;
import cn.gov.samr.campaigns.material.messaging.ShipmentEventProducer;
import cn.gov.samr.campaigns.material.repository.ShipmentRepository;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;

/** A shipment's steps; each that others must hear of leaves an event through the outbox in its transaction. */
@ApplicationScoped
public class ShipmentService {

    /** What the province counted of one material; {@code index} is its place in the request, for error names. */
    public record Count(int index, UUID materialId, int received, int damaged) {
    }

    private final ShipmentRepository shipments;
    private final ShipmentEventProducer events;
    private final MaterialServiceConfig config;
    private final Clock clock;

    public ShipmentService(ShipmentRepository shipments, ShipmentEventProducer events, MaterialServiceConfig config,
            Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Shipment dispatch(UUID id, String carrier, String trackingNumber, LocalDate expectedDeliveryOn) {
        Shipment shipment = get(id);
        shipment.dispatch(carrier, trackingNumber, expectedDeliveryOn, now());
        shipments.flush(); // the version check before the event is written
        events.dispatched(shipment);
        return shipment;
    }

    @Transactional
    public Shipment deliver(UUID id) {
        Shipment shipment = get(id);
        shipment.deliver(now());
        return shipment;
    }

    /** The province's receipt: one count per material of the shipment, none missing, none extra. */
    @Transactional
    public Shipment receive(UUID id, List<Count> counts, String note, String confirmedBy) {
        Shipment shipment = get(id);
        Map<UUID, ShipmentItem> items = shipment.items.stream()
                .collect(Collectors.toMap(i -> i.materialId, i -> i));
        Map<UUID, int[]> byMaterial = new HashMap<>();
        InvalidInputException.Collector errors = InvalidInputException.collect();
        for (Count c : counts) {
            String at = "items[" + c.index() + "].";
            ShipmentItem item = items.get(c.materialId());
            errors.check(item != null, at + "materialId", "is not in this shipment");
            errors.check(byMaterial.put(c.materialId(), new int[] { c.received(), c.damaged() }) == null,
                    at + "materialId", "appears twice");
            if (item != null) {
                // in long: the sum of two ints must not overflow into a negative that passes
                errors.check((long) c.received() + c.damaged() <= item.quantity, at + "quantityReceived",
                        "received plus damaged must not exceed the " + item.quantity + " copies dispatched");
            }
        }
        Set<UUID> missing = new java.util.TreeSet<>(items.keySet());
        missing.removeAll(byMaterial.keySet());
        errors.check(missing.isEmpty(), "items", "must count every material of the shipment; missing " + missing);
        errors.throwIfAny();
        shipment.receive(byMaterial, note, confirmedBy, now());
        shipments.flush();
        events.received(shipment);
        return shipment;
    }

    @Transactional
    public Shipment cancel(UUID id, String reason) {
        Shipment shipment = get(id);
        shipment.cancel(reason, now());
        shipments.flush();
        events.cancelled(shipment);
        return shipment;
    }

    public Shipment get(UUID id) {
        return shipments.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Shipment", id));
    }

    public List<Shipment> list(ShipmentRepository.Filter filter, ShipmentRepository.After after, int limit) {
        return shipments.list(filter, after, limit);
    }

    public List<ShipmentRepository.BoardRow> board(UUID planId) {
        return shipments.board(planId, overdueBefore());
    }

    /** A shipment in transit expected before this day is overdue: today (China) is past its day plus the grace. */
    public LocalDate overdueBefore() {
        return today().minus(config.shipments().overdueGrace());
    }

    public boolean isOverdue(Shipment shipment) {
        return shipment.isOverdue(today(), config.shipments().overdueGrace());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
