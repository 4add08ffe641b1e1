package org.openplate.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.common.BadInputException;

/**
 * Paging for API list endpoints: {@code ?limit=} (1-500, default 100) and {@code ?offset=} (0 or
 * more) give {@code {"items": [...], "limit", "offset", "total", "next"}}, where {@code next} is the
 * path of the following page, or null on the last one.
 */
public final class Paged {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private Paged() {
    }

    public static Map<String, Object> of(Context ctx, List<?> all) {
        return of(ctx, all, Map.of());
    }

    /** The page of {@code all} the query asks for, after the {@code extra} fields. */
    public static Map<String, Object> of(Context ctx, List<?> all, Map<String, Object> extra) {
        int limit = number(ctx.queryParam("limit"), DEFAULT_LIMIT, "limit", 1, MAX_LIMIT);
        int offset = number(ctx.queryParam("offset"), 0, "offset", 0, Integer.MAX_VALUE);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        Map<String, Object> out = new LinkedHashMap<>(extra);
        out.put("items", all.subList(from, to));
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("total", all.size());
        out.put("next", to < all.size() ? next(ctx, to, limit) : null);
        return out;
    }

    private static String next(Context ctx, int offset, int limit) {
        StringBuilder q = new StringBuilder(ctx.path()).append('?');
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("offset") && !k.equals("limit")) {
                vs.forEach(v -> q.append(enc(k)).append('=').append(enc(v)).append('&'));
            }
        });
        return q.append("limit=").append(limit).append("&offset=").append(offset).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int number(String text, int fallback, String field, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(text.strip());
            if (v >= min && v <= max) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(field, field + " must be a whole number from " + min + " to "
                + (max == Integer.MAX_VALUE ? "2147483647" : Integer.toString(max)) + ".");
    }
}
