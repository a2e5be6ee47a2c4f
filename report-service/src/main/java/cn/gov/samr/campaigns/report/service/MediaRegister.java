package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.report.domain.MediaItem;
import cn.gov.samr.campaigns.report.domain.MediaUrl;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.repository.MediaItemRepository;
import cn.gov.samr.campaigns.report.service.ReportContent.MediaEntry;

/** The media coverage register of a report, and which of its URLs were reported twice. */
@ApplicationScoped
public class MediaRegister {

    private final MediaItemRepository items;
    private final Clock clock;

    public MediaRegister(MediaItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** Adds an item to an editable report; the URL must be an absolute http(s) one. */
    @Transactional
    public MediaItem add(Obligation o, MediaItem item) {
        if (!o.isUnitSummary()) { // coverage is counted per provincial unit, in its summary
            throw new ConflictProblem("Media items belong to a provincial unit's summary, not to this "
                    + (o.divisionCode == null ? "certification body's report." : "activity plan."));
        }
        String normalised = MediaUrl.normalise(item.url).orElse(null);
        InvalidInputException.collect().check(normalised != null, "url", "must be an absolute http or https URL")
                .throwIfAny();
        item.normalizedUrl = normalised;
        o.edit();
        item.id = UUID.randomUUID();
        item.obligationId = o.id;
        item.campaignId = o.campaignId;
        item.divisionCode = o.divisionCode;
        item.addedAt = OffsetDateTime.now(clock);
        items.persist(item);
        return item;
    }

    @Transactional
    public void remove(Obligation o, UUID itemId) {
        MediaItem item = items.findByIdOptional(itemId).filter(i -> i.obligationId.equals(o.id))
                .orElseThrow(() -> new NotFoundProblem("Media item", itemId));
        o.edit();
        items.delete(item);
    }

    /** The report's items in order, flagged; {@code national} also names the other units that reported a URL. */
    public List<MediaEntry> of(Obligation o, boolean national) {
        List<MediaItem> own = items.of(o.id);
        Map<String, List<String>> elsewhere = items
                .elsewhere(o.campaignId, o.id, own.stream().map(i -> i.normalizedUrl).distinct().toList()).stream()
                .collect(Collectors.groupingBy(i -> i.normalizedUrl,
                        Collectors.mapping(i -> i.divisionCode, Collectors.collectingAndThen(Collectors.toList(),
                                l -> l.stream().distinct().sorted().toList()))));
        Map<String, UUID> first = new HashMap<>();
        return own.stream().map(i -> {
            UUID earlier = first.putIfAbsent(i.normalizedUrl, i.id);
            List<String> others = elsewhere.getOrDefault(i.normalizedUrl, List.of());
            return new MediaEntry(i.id, i.outlet, i.level, i.medium, i.title, i.url, i.publishedOn, i.reach, earlier,
                    earlier != null, !others.isEmpty(), national ? others : null);
        }).toList();
    }
}
