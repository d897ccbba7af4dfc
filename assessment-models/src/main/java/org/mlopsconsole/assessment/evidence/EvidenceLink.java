package org.mlopsconsole.assessment.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A link a workshop cites as evidence for a question: a wiki page, a dashboard, a mail address.
 * Only http, https and mailto are accepted, so a report never carries a link that runs something
 * (file:, javascript:) when a reader clicks it.
 *
 * @param title what the link shows; blank means the address itself is shown
 */
public record EvidenceLink(String title, URI url) {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    public EvidenceLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        title = title.strip();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("evidence link \"" + url + "\" must start with http:, https: or mailto:"
                    + (scheme.isEmpty() ? " (it has no scheme)" : ", not " + scheme + ":"));
        }
        if (!scheme.equals("mailto") && (url.getHost() == null || url.getHost().isBlank())) {
            throw new IllegalArgumentException("evidence link \"" + url + "\" names no host");
        }
        if (scheme.equals("mailto")
                && (url.getSchemeSpecificPart() == null
                        || url.getSchemeSpecificPart().isBlank())) {
            throw new IllegalArgumentException("evidence link \"" + url + "\" names no mail address");
        }
    }

    /** A link from typed text; a malformed address is an {@link IllegalArgumentException} saying so. */
    public static EvidenceLink of(String title, String url) {
        Objects.requireNonNull(url, "url");
        try {
            return new EvidenceLink(title, new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "evidence link \"" + url + "\" is not a valid address: " + e.getReason(), e);
        }
    }

    /** The title, or the address where there is none. */
    public String shown() {
        return title.isEmpty() ? url.toString() : title;
    }
}
