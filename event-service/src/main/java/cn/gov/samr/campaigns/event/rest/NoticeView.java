package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.Notice;
import cn.gov.samr.campaigns.event.domain.NoticeStatus;
import cn.gov.samr.campaigns.event.domain.NoticeTerms;

@Schema(description = "A notice (通知) announcing campaigns", requiredProperties = { "id", "documentNumber", "issuer",
        "issuedOn", "title", "addressees", "campaigns", "status", "createdAt", "version" })
public record NoticeView(UUID id, String documentNumber, LocalizedText issuer, LocalDate issuedOn, LocalizedText title,
        @Schema(description = "The text; only in GET /notices/{id}, left out of lists")
        String text,
        AddresseesView addressees, List<UUID> campaigns, NoticeStatus status,
        @Schema(description = "The signed file, once uploaded; GET /notices/{id}/file downloads it")
        FileView file,
        OffsetDateTime createdAt, OffsetDateTime publishedAt, long version) {

    @Schema(name = "NoticeAddresseesView",
            requiredProperties = { "allProvincialUnits", "provincialUnits", "certificationBodySchemes" })
    public record AddresseesView(boolean allProvincialUnits, List<String> provincialUnits,
            List<String> certificationBodySchemes) {
    }

    @Schema(name = "NoticeFileView", requiredProperties = { "fileName", "mediaType", "sizeBytes", "sha256", "uploadedAt" })
    public record FileView(String fileName,
            @Schema(enumeration = { "application/pdf", "application/ofd" }) String mediaType,
            long sizeBytes, @Schema(description = "SHA-256 of the bytes, lower-case hex; the download's ETag") String sha256,
            OffsetDateTime uploadedAt) {
    }

    static NoticeView of(Notice n, boolean withText) {
        NoticeTerms.Addressees to = n.addressees();
        return new NoticeView(n.id, n.documentNumber, n.issuer, n.issuedOn, n.title, withText ? n.text : null,
                new AddresseesView(to.allProvincialUnits(), to.provincialUnits(), to.certificationBodySchemes()),
                List.copyOf(n.campaigns), n.status,
                n.fileKey == null ? null
                        : new FileView(n.fileName, n.fileMediaType, n.fileSizeBytes, n.fileSha256, n.fileUploadedAt),
                n.createdAt, n.publishedAt, n.version);
    }
}
