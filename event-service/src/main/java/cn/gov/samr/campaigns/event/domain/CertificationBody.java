package cn.gov.samr.campaigns.event.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A certification body (认证机构) approved by CNCA, by its approval number (批准号, e.g. CNCA-R-2002-001). Reference
 * data: V14 loads it, generated from the committed source list (docs/certification-bodies.md); nothing writes it.
 */
@Entity
public class CertificationBody {

    /** CNCA-[A-Z]+-yyyy-nnn: the serial has two to four digits (CNCA-RF-2002-07, CNCA-R-2024-1364). */
    public static final String ID_PATTERN = "^CNCA-[A-Z]+-\\d{4}-\\d{2,4}$";

    @Id
    public String id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    public LocalizedText name;

    /** The schemes the source shows it approved for; not everything it may be approved for. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certification_body_scheme", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "scheme")
    @Enumerated(EnumType.STRING)
    public Set<CertificationScheme> schemes = new LinkedHashSet<>();

    /** Where the entry comes from: the announcement's title, address and date (yyyy, yyyy-MM or yyyy-MM-dd). */
    public String sourceTitle;
    public String sourceUrl;
    public String sourcePublished;
}
