package cn.gov.samr.campaigns.platform.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may be sent (SSRF): an absolute https URL (http only when allowed, in dev and test) whose host
 * resolves to public addresses only — never loopback, unspecified (0.0.0.0, ::), link-local (169.254/16, which holds
 * the cloud metadata address 169.254.169.254, and fe80::/10), private (10/8, 172.16/12, 192.168/16, fc00::/7 and the
 * old site-local fec0::/10), shared (100.64/10), multicast or other reserved ranges. Checked when a subscription is
 * written and again before every attempt, since a name can be pointed elsewhere later (DNS rebinding).
 */
public final class UrlGuard {

    /** Why a URL is refused, in words for the field error or the delivery log. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** How names are resolved; the JDK's resolver, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivateNetworks;
    private final Resolver resolver;

    public UrlGuard(boolean allowHttp, boolean allowPrivateNetworks, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    public static UrlGuard of(WebhookConfig config) {
        return new UrlGuard(config.allowHttp(), config.allowPrivateNetworks(), InetAddress::getAllByName);
    }

    /** The URL's form only (no name lookup): scheme, host, no user info, no fragment. */
    public URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("must be an absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must be an absolute URL with a host");
        }
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Refused(allowHttp ? "must be an https or http URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password; the signature authenticates deliveries");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        return uri;
    }

    /** The URL's form, and every address its host resolves to is one a delivery may go to. */
    public URI check(String url) throws Refused {
        URI uri = parse(url);
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("its host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("its host " + host + " does not resolve");
        }
        if (!allowPrivateNetworks) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new Refused("its host " + host + " resolves to " + address.getHostAddress()
                            + ", which is not a public address");
                }
            }
        }
        return uri;
    }

    /** A public unicast address: none of the ranges a request from inside the service must never reach. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0                                     // "this network", 0.0.0.0/8
                    || first == 10 || first == 127                  // private, loopback
                    || (first == 100 && second >= 64 && second < 128) // shared address space (CGNAT), 100.64/10
                    || (first == 169 && second == 254)              // link-local, cloud metadata
                    || (first == 172 && second >= 16 && second < 32) // private
                    || (first == 192 && second == 168)              // private
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 224);                               // multicast, reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (isEmbeddedIpv4(b)) {
                try {
                    byte[] v4 = { b[12], b[13], b[14], b[15] };
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 target. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }
}
