package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void recognisesDocumentsAndImagesByTheirMagicNumbers() {
        assertEquals(ContentType.PDF, sniff("%PDF-1.7\n%âãÏÓ"));
        assertEquals(ContentType.PNG, sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
        assertEquals(ContentType.JPEG, sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F')));
        assertEquals(ContentType.GIF, sniff("GIF89a\u0001\u0000"));
        assertEquals(ContentType.WEBP, sniff("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "));
    }

    @Test
    void tellsMp4FromQuickTimeByTheBrand() {
        assertEquals(ContentType.MP4, sniff(box("ftypisom")));
        assertEquals(ContentType.QUICKTIME, sniff(box("ftypqt  ")));
        assertEquals(ContentType.QUICKTIME, sniff(box("moov")));
    }

    @Test
    void tellsOfficeDocumentsFromAPlainZipByTheirEntries() throws IOException {
        assertEquals(ContentType.DOCX, sniff(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(ContentType.PPTX, sniff(zip("[Content_Types].xml", "ppt/presentation.xml")));
        assertEquals(ContentType.XLSX, sniff(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(ContentType.ZIP, sniff(zip("readme.txt")));
    }

    /** OFD (GB/T 33190) has OFD.xml at its root; the same name in a folder is just a ZIP. */
    @Test
    void tellsOfdFromAPlainZipByItsRootEntry() throws IOException {
        assertEquals(ContentType.OFD, sniff(zip("OFD.xml", "Doc_0/Document.xml")));
        assertEquals(ContentType.OFD, sniff(zip("mimetype", "OFD.xml")));
        assertEquals(ContentType.ZIP, sniff(zip("docs/OFD.xml")));
    }

    @Test
    void utf8TextIsTextEvenWhenTheHeadCutsACharacter() {
        byte[] chinese = "中国有机产品认证与有机产业发展报告".getBytes(StandardCharsets.UTF_8);
        assertEquals(ContentType.TEXT, sniff(chinese));
        assertEquals(ContentType.TEXT, ContentSniffer.sniff(chinese, chinese.length - 1));
    }

    @Test
    void binaryAndEmptyContentIsUnknown() {
        assertEquals(ContentType.UNKNOWN, sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0)));
        assertEquals(ContentType.UNKNOWN, sniff(bytes(0x4D, 0x5A, 0x90, 0)));
        assertEquals(ContentType.UNKNOWN, sniff(new byte[0]));
    }

    private static ContentType sniff(String latin1) {
        return sniff(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static ContentType sniff(byte[] head) {
        return ContentSniffer.sniff(head, head.length);
    }

    private static byte[] box(String type) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        byte[] box = new byte[4 + name.length + 4];
        box[3] = 24;
        System.arraycopy(name, 0, box, 4, name.length);
        return box;
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
