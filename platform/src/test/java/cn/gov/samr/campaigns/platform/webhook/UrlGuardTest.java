package cn.gov.samr.campaigns.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UrlGuardTest {

    /** A resolver with fixed answers, so that no test depends on the network's DNS. */
    private static final Map<String, List<String>> DNS = Map.of(
            "partner.example.com", List.of("203.0.113.10"),
            "rebound.example.com", List.of("93.184.216.34", "10.0.0.5"),
            "metadata.example.com", List.of("169.254.169.254"),
            "v6.example.com", List.of("2001:db8::1"));

    private static UrlGuard production() {
        return new UrlGuard(false, false, UrlGuardTest::resolve);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (DNS.containsKey(host)) {
            List<String> addresses = DNS.get(host);
            InetAddress[] out = new InetAddress[addresses.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = InetAddress.getByName(addresses.get(i)); // literals: no lookup
            }
            return out;
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] { InetAddress.getByName(host) };
        }
        throw new UnknownHostException(host);
    }

    @Test
    void aPublicHttpsUrlIsAccepted() throws Exception {
        assertEquals("partner.example.com", production().check("https://partner.example.com/hooks?x=1").getHost());
        production().check("https://203.0.113.10:8443/hooks");
    }

    @Test
    void onlyHttpsUnlessHttpIsAllowed() throws Exception {
        assertRefused("http://partner.example.com/hooks", "https");
        assertRefused("ftp://partner.example.com/hooks", "https");
        assertRefused("/relative", "absolute");
        assertRefused("https://user:pw@partner.example.com/", "user name");
        assertRefused("https://nowhere.example.com/", "does not resolve");
        new UrlGuard(true, false, UrlGuardTest::resolve).check("http://partner.example.com/hooks");
    }

    @Test
    void privateLoopbackLinkLocalAndMetadataAddressesAreRefused() {
        for (String url : List.of("https://127.0.0.1/", "https://localhost.invalid/", "https://10.1.2.3/",
                "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.1.1/", "https://169.254.169.254/",
                "https://metadata.example.com/latest/meta-data", "https://0.0.0.0/", "https://100.64.0.1/",
                "https://224.0.0.1/", "https://[::1]/", "https://[fe80::1]/", "https://[fc00::1]/",
                "https://[fd12:3456::1]/", "https://[::ffff:127.0.0.1]/", "https://[::ffff:10.0.0.1]/",
                "https://[::]/", "https://rebound.example.com/")) {
            assertThrows(UrlGuard.Refused.class, () -> production().check(url), url);
        }
    }

    @Test
    void theRangesEndWhereTheyEnd() throws Exception {
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("172.15.255.255")));
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("172.32.0.0")));
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("100.128.0.1")));
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("11.0.0.1")));
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("2001:db8::1")));
        assertFalse(UrlGuard.isPublic(InetAddress.getByName("172.16.0.0")));
        assertFalse(UrlGuard.isPublic(InetAddress.getByName("fec0::1")));
    }

    @Test
    void privateNetworksOnlyWhenAllowed() throws Exception {
        new UrlGuard(true, true, UrlGuardTest::resolve).check("http://127.0.0.1:8080/hooks");
    }

    private static void assertRefused(String url, String because) {
        UrlGuard.Refused refused = assertThrows(UrlGuard.Refused.class, () -> production().check(url), url);
        assertTrue(refused.getMessage().contains(because), refused.getMessage());
    }
}
