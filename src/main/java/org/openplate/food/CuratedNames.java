package org.openplate.food;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-curated friendly names of the most-logged foods ({@code /foods/friendly-names.tsv}):
 * "Oatmeal (cooked with water, no salt)" for USDA's "Cereals, oats, regular and quick, unenriched,
 * cooked with water…". Search indexes these names too and ranks these everyday forms a little higher.
 */
public final class CuratedNames {

    static final String RESOURCE = "/foods/friendly-names.tsv";
    /** Everyday foods whose USDA names need no friendly name, loaded first with the curated ones. */
    static final String FIRST_RESOURCE = "/foods/loaded-first.tsv";
    private static final Map<String, String> NAMES = load(RESOURCE);
    private static final java.util.Set<String> FIRST = first();

    private CuratedNames() {
    }

    /** The curated name of the food with this source and source id, if it has one. */
    public static Optional<String> of(String source, String sourceId) {
        if (source == null || sourceId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(source + "\t" + sourceId));
    }

    /** Whether any food of this source has a curated name (the bundled USDA catalogue does). */
    public static boolean curates(String source) {
        String prefix = source + "\t";
        return FIRST.stream().anyMatch(k -> k.startsWith(prefix));
    }

    /**
     * Whether this food is one of the most-logged, which a new database loads first: those with a curated
     * name, and the everyday foods of {@code /foods/loaded-first.tsv}.
     */
    public static boolean loadedFirst(String source, String sourceId) {
        return FIRST.contains(source + "\t" + sourceId);
    }

    static int loadedFirstCount() {
        return FIRST.size();
    }

    static int size() {
        return NAMES.size();
    }

    private static java.util.Set<String> first() {
        java.util.Set<String> out = new java.util.HashSet<>(NAMES.keySet());
        for (String key : load(FIRST_RESOURCE).keySet()) {
            if (!out.add(key)) {
                throw new IllegalStateException(FIRST_RESOURCE + ": " + key + " has a friendly name already");
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** source + tab + sourceId to the third column, from a three-column TSV resource. */
    private static Map<String, String> load(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = CuratedNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3 || c[2].isBlank()) {
                    throw new IllegalStateException(resource + ": bad line: " + line);
                }
                if (out.put(c[0] + "\t" + c[1], c[2].trim()) != null) {
                    throw new IllegalStateException(resource + ": " + c[1] + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
