package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One week of the Service Certification Experience Week, given to one provincial unit (承办省份). */
@Entity
@Table(name = "campaign_host_slot")
public class HostSlot {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** The provincial unit's division code. */
    public String province;

    public LocalDate weekStart;
    public LocalDate weekEnd;

    /** e.g. 养老服务认证, 青少年视觉健康与验光配镜服务认证. */
    @ElementCollection
    @CollectionTable(name = "campaign_host_slot_theme", joinColumns = @JoinColumn(name = "slot_id"))
    @OrderColumn(name = "position")
    public List<LocalizedText> focusThemes = new ArrayList<>();

    public static HostSlot of(Campaign campaign, String province, LocalDate weekStart, LocalDate weekEnd,
            List<LocalizedText> focusThemes) {
        HostSlot slot = new HostSlot();
        slot.id = UUID.randomUUID();
        slot.campaign = campaign;
        slot.province = province;
        slot.weekStart = weekStart;
        slot.weekEnd = weekEnd;
        slot.focusThemes = new ArrayList<>(focusThemes);
        return slot;
    }
}
