package cn.gov.samr.campaigns.event.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small factories for notice requests and signed files. */
final class NoticeFixtures {

    private NoticeFixtures() {
    }

    /**
     * A notice announcing the given campaigns to every provincial unit and the organic-product certification bodies,
     * as the 2022 notice did; a mutable map so tests can break one field.
     */
    static Map<String, Object> notice(String documentNumber, String... campaigns) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentNumber", documentNumber);
        body.put("issuer", Map.of("zh", "市场监管总局办公厅", "en", "General Office of SAMR"));
        body.put("issuedOn", "2022-08-31");
        body.put("title", Map.of("zh", "市场监管总局办公厅关于开展全国“有机产品认证宣传周”活动的通知"));
        body.put("text", "各省、自治区、直辖市和新疆生产建设兵团市场监管局(厅、委),各相关认证机构:……");
        body.put("addressees", addressees(true, List.of(), List.of("organic-product")));
        body.put("campaigns", List.of(campaigns));
        return body;
    }

    static Map<String, Object> addressees(boolean all, List<String> units, List<String> schemes) {
        return Map.of("allProvincialUnits", all, "provincialUnits", units, "certificationBodySchemes", schemes);
    }

    /** A document number no other test uses, e.g. 市监认证函〔2022〕1234567号. */
    static String documentNumber() {
        return "市监认证函〔2022〕" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1_000_000_000) + "号";
    }

    /** A small PDF: what matters to the service is its %PDF- start; the rest makes the bytes distinctive. */
    static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int i = head.length; i < size; i++) {
            pdf[i] = (byte) (i * 31);
        }
        return pdf;
    }

    /** A minimal OFD (GB/T 33190) package: a ZIP with OFD.xml at its root, or at {@code root} to break it. */
    static byte[] ofd(String root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(root));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Doc_0/Document.xml"));
            zip.write("<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
