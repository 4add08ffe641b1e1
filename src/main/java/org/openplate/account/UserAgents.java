package org.openplate.account;

import java.util.List;
import java.util.Locale;

/**
 * A short, human summary of a User-Agent header ("Firefox on Linux"), which is all the sessions
 * page keeps of it: the raw header is never stored.
 */
final class UserAgents {

    private record Rule(String needle, String name) {
    }

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static final List<Rule> BROWSERS = List.of(new Rule("edg/", "Edge"), new Rule("opr/", "Opera"),
            new Rule("firefox/", "Firefox"), new Rule("chromium/", "Chromium"), new Rule("chrome/", "Chrome"),
            new Rule("safari/", "Safari"), new Rule("curl/", "curl"), new Rule("python", "Python script"),
            new Rule("java", "Java program"));
    private static final List<Rule> SYSTEMS = List.of(new Rule("android", "Android"), new Rule("iphone", "iPhone"),
            new Rule("ipad", "iPad"), new Rule("windows", "Windows"), new Rule("mac os", "macOS"),
            new Rule("cros", "ChromeOS"), new Rule("linux", "Linux"));

    private UserAgents() {
    }

    static String summary(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = BROWSERS.stream().filter(r -> ua.contains(r.needle())).map(Rule::name).findFirst()
                .orElse("Unknown browser");
        String system = SYSTEMS.stream().filter(r -> ua.contains(r.needle())).map(Rule::name).findFirst()
                .orElse(null);
        return system == null ? browser : browser + " on " + system;
    }
}
