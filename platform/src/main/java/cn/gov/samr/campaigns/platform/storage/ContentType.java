package cn.gov.samr.campaigns.platform.storage;

/** The file types {@link ContentSniffer} recognises from a file's leading bytes. */
public enum ContentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp"),
    MP4("video/mp4"),
    QUICKTIME("video/quicktime"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** OFD (GB/T 33190), the format of China's signed government documents: a ZIP with {@code OFD.xml} at its root. */
    OFD("application/ofd"),
    /** A ZIP archive that is not recognisably an Office or OFD document. */
    ZIP("application/zip"),
    /** UTF-8 text without control characters (ASCII is UTF-8). */
    TEXT("text/plain; charset=UTF-8"),
    UNKNOWN("application/octet-stream");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
