package cn.gov.samr.campaigns.platform.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests whose payload hash is known up front (the "single chunk" form): the
 * {@code Authorization} header over the method, the path, the query, the given headers, {@code host},
 * {@code x-amz-date} and {@code x-amz-content-sha256}.
 *
 * <p>
 * The URI must already be encoded the way S3 expects (see {@link #encode}); its raw path and query are signed as
 * they are, which is what S3 does (it encodes object keys once, unlike the other AWS services).
 */
final class SigV4 {

    /** SHA-256 of the empty payload. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    SigV4(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /**
     * The headers to add to the request: {@code x-amz-date}, {@code x-amz-content-sha256} and
     * {@code Authorization}. {@code headers} are the other headers to sign (names in any case); {@code host} is
     * taken from the URI.
     */
    Map<String, String> sign(String method, URI uri, Map<String, String> headers, String payloadSha256,
            Instant now) {
        String dateTime = DATE_TIME.format(now);
        String date = dateTime.substring(0, 8);

        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.trim().replaceAll(" +", " ")));
        signed.put("host", host(uri));
        signed.put("x-amz-date", dateTime);
        signed.put("x-amz-content-sha256", payloadSha256);

        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());

        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String canonicalRequest = method + '\n' + path + '\n' + canonicalQuery(uri.getRawQuery()) + '\n'
                + canonicalHeaders + '\n' + signedHeaders + '\n' + payloadSha256;

        String scope = date + '/' + region + '/' + service + "/aws4_request";
        String stringToSign = ALGORITHM + '\n' + dateTime + '\n' + scope + '\n'
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));

        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, stringToSign));

        Map<String, String> result = new LinkedHashMap<>();
        result.put("x-amz-date", dateTime);
        result.put("x-amz-content-sha256", payloadSha256);
        result.put("Authorization", ALGORITHM + " Credential=" + accessKey + '/' + scope + ",SignedHeaders="
                + signedHeaders + ",Signature=" + signature);
        return result;
    }

    /** The host header the HTTP client sends: the port only when the URI names one that is not the default. */
    static String host(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ':' + port;
    }

    /** Parameters sorted by name, then value; a parameter without a value signs as {@code name=}. */
    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> params = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            int eq = param.indexOf('=');
            params.add(eq < 0 ? new String[] { param, "" }
                    : new String[] { param.substring(0, eq), param.substring(eq + 1) });
        }
        params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder query = new StringBuilder();
        for (String[] param : params) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(param[0]).append('=').append(param[1]);
        }
        return query.toString();
    }

    /**
     * URI encoding as SigV4 defines it: everything but {@code A-Z a-z 0-9 - _ . ~} as {@code %XY} of its UTF-8
     * bytes (upper-case hex); {@code /} is kept when {@code keepSlash} (object keys in paths).
     */
    static String encode(String value, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(HEX.withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    static String sha256Hex(byte[] data) {
        return sha256Hex(data, 0, data.length);
    }

    static String sha256Hex(byte[] data, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data, offset, length);
            return HEX.formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
