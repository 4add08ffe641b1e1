package org.openplate.testing;

/** Reverses the escaping that templates and the Markdown renderer apply to attribute values. */
public final class Html {

    private Html() {
    }

    public static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
