package org.openplate.food;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A food search's answer ({@link FoodApi.Found}) as UTF-8 JSON: the same bytes the mapper writes for it
 * (SearchJsonTest compares them), with each food's part written once and kept. Writing the ten summaries
 * of an answer was about a tenth of a distinct search's CPU (docs/benchmarks.md, fifteenth round), yet the
 * same foods come back in answer after answer. A summary is a value (a record of the food's names,
 * source and energy), so its bytes are kept by the value itself: a food whose name or nutrients change
 * makes a different summary, and never meets the old bytes. At most {@value #MAX_KEPT} are kept (about
 * 2 MB); when that many are, they are all dropped and the next answers keep their own again.
 */
final class SearchJson {

    static final int MAX_KEPT = 4_096;

    private static final byte[] ITEMS = ascii("{\"items\":[");
    private static final byte[] LOADING = ascii("],\"loading\":true");
    private static final byte[] LOADED = ascii("],\"loading\":false");
    private static final byte[] PROGRESS = ascii(",\"progress\":");
    private static final byte[] CORRECTED = ascii(",\"correctedQuery\":");

    private final ObjectMapper json;
    private final ConcurrentHashMap<FoodSummary, byte[]> kept = new ConcurrentHashMap<>();

    SearchJson(ObjectMapper json) {
        this.json = json;
    }

    byte[] of(FoodApi.Found found) {
        List<FoodSummary> items = found.items();
        byte[][] parts = new byte[items.size()][];
        byte[] loading = found.loading() ? LOADING : LOADED;
        int length = ITEMS.length + loading.length + 1 + Math.max(0, items.size() - 1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = summary(items.get(i));
            length += parts[i].length;
        }
        byte[] progress = found.progress() == null ? null : write(found.progress());
        byte[] corrected = found.correctedQuery() == null ? null : write(found.correctedQuery());
        length += progress == null ? 0 : PROGRESS.length + progress.length;
        length += corrected == null ? 0 : CORRECTED.length + corrected.length;
        byte[] out = new byte[length];
        int at = put(out, 0, ITEMS);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            at = put(out, at, parts[i]);
        }
        at = put(out, at, loading);
        if (progress != null) {
            at = put(out, put(out, at, PROGRESS), progress);
        }
        if (corrected != null) {
            at = put(out, put(out, at, CORRECTED), corrected);
        }
        out[at] = '}';
        return out;
    }

    /** How many summaries' bytes are kept (for tests). */
    int kept() {
        return kept.size();
    }

    private byte[] summary(FoodSummary s) {
        byte[] b = kept.get(s);
        if (b == null) {
            b = write(s);
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(s, b);
        }
        return b;
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + value.getClass().getSimpleName() + " could not be written as JSON", e);
        }
    }

    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
