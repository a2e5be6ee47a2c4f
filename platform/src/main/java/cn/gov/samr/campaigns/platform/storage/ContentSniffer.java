package cn.gov.samr.campaigns.platform.storage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells a file's type from its leading bytes (magic numbers), never from its name or the client's Content-Type,
 * both of which the uploader controls.
 */
public final class ContentSniffer {

    /** How many leading bytes {@link #sniff} wants: enough for the first entries of an Office ZIP. */
    public static final int HEAD_BYTES = 8 * 1024;

    private ContentSniffer() {
    }

    public static ContentType sniff(byte[] head, int length) {
        if (startsWith(head, length, 0, "%PDF-")) {
            return ContentType.PDF;
        }
        if (startsWith(head, length, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ContentType.PNG;
        }
        if (startsWith(head, length, 0, 0xFF, 0xD8, 0xFF)) {
            return ContentType.JPEG;
        }
        if (startsWith(head, length, 0, "GIF87a") || startsWith(head, length, 0, "GIF89a")) {
            return ContentType.GIF;
        }
        if (startsWith(head, length, 0, "RIFF") && startsWith(head, length, 8, "WEBP")) {
            return ContentType.WEBP;
        }
        if (startsWith(head, length, 4, "ftyp")) {
            return startsWith(head, length, 8, "qt  ") ? ContentType.QUICKTIME : ContentType.MP4;
        }
        if (startsWith(head, length, 4, "moov") || startsWith(head, length, 4, "wide")
                || startsWith(head, length, 4, "mdat")) {
            return ContentType.QUICKTIME; // QuickTime files older than the ftyp box
        }
        if (startsWith(head, length, 0, 'P', 'K', 3, 4)) {
            return officeOrZip(head, length);
        }
        return isText(head, length) ? ContentType.TEXT : ContentType.UNKNOWN;
    }

    /**
     * An Office Open XML file is a ZIP whose entries live under {@code word/}, {@code ppt/} or {@code xl/}; the
     * entry names of the local headers are plain ASCII, and the first ones fit in {@link #HEAD_BYTES}.
     */
    private static ContentType officeOrZip(byte[] head, int length) {
        if (hasRootEntry(head, length, "OFD.xml")) {
            return ContentType.OFD;
        }
        String names = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        if (names.contains("word/")) {
            return ContentType.DOCX;
        }
        if (names.contains("ppt/")) {
            return ContentType.PPTX;
        }
        if (names.contains("xl/")) {
            return ContentType.XLSX;
        }
        return ContentType.ZIP;
    }

    /**
     * Whether a local file header within the head names exactly {@code name} (a root entry, no folder): the
     * header's name length is at offset 26, the name itself at 30.
     */
    private static boolean hasRootEntry(byte[] head, int length, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at + 30 + wanted.length <= length; at++) {
            if (startsWith(head, length, at, 'P', 'K', 3, 4)) {
                int nameLength = (head[at + 26] & 0xFF) | (head[at + 27] & 0xFF) << 8;
                if (nameLength == wanted.length
                        && java.util.Arrays.equals(head, at + 30, at + 30 + nameLength, wanted, 0, wanted.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Valid UTF-8 (a sequence cut by the end of the head is allowed) without control characters but tab and breaks. */
    private static boolean isText(byte[] head, int length) {
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // A multi-byte character cut by the end of the head is at most 3 bytes; try without them.
        for (int cut = 0; cut <= Math.min(3, length - 1); cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(head, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter prefix
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int length, int at, String ascii) {
        return startsWith(head, length, at, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] head, int length, int at, int... expected) {
        if (length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
