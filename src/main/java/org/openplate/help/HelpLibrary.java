package org.openplate.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The help topics shipped in the jar, in the order of the index, each rendered to safe HTML once. */
final class HelpLibrary {

    /** HelpTopic files (resources/help/SLUG.md) and their summaries for the index. */
    static final Map<String, String> TOPICS = topics();

    private final Map<String, HelpTopic> bySlug;

    private HelpLibrary(Map<String, HelpTopic> bySlug) {
        this.bySlug = bySlug;
    }

    private static Map<String, String> topics() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("importing", "Bring your history from MyFitnessPal, Cronometer, Lose It! or MyPlate.");
        m.put("formats", "What the export and the CSV files hold, column by column, with their units.");
        m.put("api", "Connect your own scripts and apps: tokens and the API reference.");
        return m;
    }

    static HelpLibrary load(UnaryOperator<String> markdown) {
        Map<String, HelpTopic> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : TOPICS.entrySet()) {
            String text = read(t.getKey()).replace("\r\n", "\n");
            String title = text.lines().filter(l -> l.startsWith("# ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("help/" + t.getKey() + ".md has no title"))
                    .substring(2).strip();
            out.put(t.getKey(), new HelpTopic(t.getKey(), title, t.getValue(), markdown.apply(text)));
        }
        return new HelpLibrary(out);
    }

    private static String read(String slug) {
        try (InputStream in = HelpLibrary.class.getResourceAsStream("/help/" + slug + ".md")) {
            if (in == null) {
                throw new IllegalStateException("missing help topic " + slug);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<HelpTopic> all() {
        return List.copyOf(bySlug.values());
    }

    Optional<HelpTopic> topic(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
