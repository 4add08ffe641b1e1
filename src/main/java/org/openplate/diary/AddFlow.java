package org.openplate.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.account.UserId;

/**
 * The add page's answers to scripts: an add, a delete (undo) or a batch asked for with
 * {@code Accept: application/json} answers JSON (the entries, a message, the day's calories) instead of
 * redirecting, so the page stays where it is. Without that header every form keeps POST-redirect-GET.
 */
final class AddFlow {

    private final DiaryDays days;
    private final EntryService entries;

    AddFlow(DiaryDays days, EntryService entries) {
        this.days = days;
        this.entries = entries;
    }

    /** True when the caller asked for JSON rather than a page. */
    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    /**
     * {@code POST /diary/{date}/entries/batch}: {@code item} repeated ({@code food:ID}, {@code recipe:ID}) with
     * optional {@code amount.<item>} and {@code portion.<item>}, and {@code mealId}; all or none.
     */
    void register(RoutesConfig r, java.util.function.BiFunction<Context, UserId, LocalDate> date,
                  java.util.function.Function<Context, UserId> user) {
        r.post("/diary/{date}/entries/batch", ctx -> {
            UserId u = user.apply(ctx);
            LocalDate d = date.apply(ctx, u);
            List<Line> added = entries.addAll(u, BatchRequest.of(ctx.formParamMap(), d));
            String message = message(added);
            if (wantsJson(ctx)) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("entries", added.stream().map(DiaryJson::entry).toList());
                out.put("message", message);
                out.put("day", budget(u, d));
                ctx.status(201).json(out);
            } else {
                ctx.redirect("/diary/" + d + "?notice=" + URLEncoder.encode(message, StandardCharsets.UTF_8)
                        + "#meal-" + added.get(0).mealId(), HttpStatus.SEE_OTHER);
            }
        });
    }

    /** "Added Bananas, raw (105 kcal)", or "Added 3 items (512 kcal): A, B, C". */
    static String message(List<Line> added) {
        double kcal = added.stream().mapToDouble(l -> l.kcal() == null ? 0 : l.kcal()).sum();
        if (added.size() == 1) {
            return "Added " + label(added.get(0));
        }
        return "Added " + added.size() + " items (" + DiaryFormat.kcal(kcal) + " kcal): "
                + String.join(", ", added.stream().map(Line::name).toList());
    }

    static String label(Line l) {
        return l.name() + (l.kcal() == null ? "" : " (" + DiaryFormat.kcal(l.kcal()) + " kcal)");
    }

    /** The single add's answer: 201 when logged now, 200 when its client id was already logged. */
    void added(Context ctx, UserId u, EntryService.Added added) {
        Line l = added.line();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entry", DiaryJson.entry(l));
        out.put("created", added.created());
        out.put("message", (added.created() ? "Added " : "Already added ") + label(l));
        out.put("day", budget(u, l.day()));
        ctx.status(added.created() ? 201 : 200).json(out);
    }

    /** The delete's answer (the undo of an add). */
    void deleted(Context ctx, UserId u, long id, String name, LocalDate d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("message", "Removed " + name + ".");
        out.put("day", budget(u, d));
        ctx.status(200).json(out);
    }

    /** The day's calories after the change: goal, food, remaining (null without a goal). */
    private Map<String, Object> budget(UserId u, LocalDate d) {
        DayView.Budget b = days.day(u, d).budget();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", d.toString());
        out.put("goalKcal", b.goalKcal());
        out.put("foodKcal", DiaryJson.r(b.foodKcal()));
        out.put("remainingKcal", DiaryJson.r(b.remainingKcal()));
        return out;
    }
}
