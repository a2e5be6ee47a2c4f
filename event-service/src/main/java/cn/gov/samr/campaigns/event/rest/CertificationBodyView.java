package cn.gov.samr.campaigns.event.rest;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.CertificationBody;
import cn.gov.samr.campaigns.event.domain.CertificationScheme;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

/** A certification body of the reference list. */
@Schema(requiredProperties = { "id", "name", "schemes", "source" })
public record CertificationBodyView(
        @Schema(description = "CNCA approval number (批准号)", pattern = CertificationBody.ID_PATTERN) String id,
        LocalizedText name,
        @Schema(description = "The schemes the source shows the body approved for, not necessarily all it is "
                + "approved for") Set<CertificationScheme> schemes,
        Source source) {

    /** Where the entry comes from. */
    @Schema(name = "CertificationBodySource", requiredProperties = { "title", "url", "published" })
    public record Source(String title, String url,
            @Schema(description = "When the source was published, as precisely as known: yyyy, yyyy-MM or "
                    + "yyyy-MM-dd") String published) {
    }

    static CertificationBodyView of(CertificationBody b) {
        return new CertificationBodyView(b.id, b.name, Set.copyOf(b.schemes),
                new Source(b.sourceTitle, b.sourceUrl, b.sourcePublished));
    }
}
