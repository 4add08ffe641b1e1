package org.openplate.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one check for "a path inside this app", used wherever a user-supplied value becomes a link
 * or a redirect: the sign-in {@code next} parameter, notification links (also from a restore).
 *
 * <p>Browsers are lenient with what follows the first slash: they drop TAB, CR and LF anywhere in
 * a URL, treat {@code \} as {@code /}, and read {@code //host} as another site. A deny-list of those
 * tricks always misses one, so this is an allow-list: a single leading slash, then only the
 * characters of an RFC 3986 path, query and fragment, with no second slash or backslash after the
 * first and no control or non-ASCII character anywhere (percent escapes are allowed but never
 * decoded here; {@code %2F} in a path segment stays a literal in the browser's eyes).
 */
public final class LocalPaths {

    /** "/" then an unreserved, sub-delim, ':', '@' or percent-escape character that is not '/'. */
    private static final Pattern LOCAL = Pattern.compile(
            "/(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
            + "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*"
            + "(?:\\?(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?"
            + "(?:#(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?"
            + "|/");

    /** Longest path accepted (a redirect target or a stored link). */
    public static final int MAX_LENGTH = 2000;

    private LocalPaths() {
    }

    /** True when {@code value} is a path on this site that no browser can read as another origin. */
    public static boolean isLocal(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        if (!LOCAL.matcher(value).matches()) {
            return false;
        }
        // "/%2F..." and "/%5C..." could be decoded by a proxy into "//" or "/\": refuse them too.
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return !(lower.startsWith("/%2f") || lower.startsWith("/%5c") || lower.startsWith("/%09")
                || lower.startsWith("/%0a") || lower.startsWith("/%0d"));
    }

    /** The value when it is local, else empty. */
    public static Optional<String> local(String value) {
        return isLocal(value) ? Optional.of(value) : Optional.empty();
    }
}
