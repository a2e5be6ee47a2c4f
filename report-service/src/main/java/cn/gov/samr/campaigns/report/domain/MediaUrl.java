package cn.gov.samr.campaigns.report.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * When two reported URLs are the same article: the scheme (http and https alike), host case, a default port, a
 * fragment and trailing slashes do not matter; path and query do, as they are (sites differ on case there).
 */
public final class MediaUrl {

    private MediaUrl() {
    }

    /** The comparable form, or empty when this is not an absolute http(s) URL with a host. */
    public static Optional<String> normalise(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return Optional.of("//" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + query);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
