package org.openplate.food;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.food.barcode.ProductCode;
import org.openplate.nutrition.Portion;
import org.openplate.web.FormErrors;
import org.openplate.web.Page;
import org.openplate.web.Views;

/**
 * {@code /foods/scan}: scan a product's barcode with the camera (scan.js), or type it. A known code shows
 * the food with its portion choice, ready to add to the diary; an unknown one opens the custom-food form
 * with the barcode filled in. Without JavaScript the typed form does the same.
 */
final class ScanPages implements org.openplate.web.Routes {

    private final FoodService foods;
    private final AuthGuard guard;
    private final Views views;

    ScanPages(FoodService foods, AuthGuard guard, Views views) {
        this.foods = foods;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/foods/scan", this::scan);
    }

    private void scan(Context ctx) {
        UserId user = guard.requireUser(ctx);
        String code = ctx.queryParam("code");
        LocalDate date = date(ctx.queryParam("date"));
        Long mealId = mealId(ctx.queryParam("mealId"));
        Page page = views.page(ctx, "Scan barcode");
        if (code == null || code.isBlank()) {
            render(ctx, 200, page, "", date, mealId, null, FormErrors.none());
            return;
        }
        List<ProductCode> readings;
        try {
            readings = ProductCode.readings(code, "code");
        } catch (BadInputException e) {
            render(ctx, 400, page, code, date, mealId, null, FormErrors.of(e));
            return;
        }
        Optional<Food> food = foods.byCode(readings, user);
        if (food.isEmpty()) {
            String lookup = readings.get(0).lookup();
            ctx.redirect("/foods/new?barcode=" + lookup + "&next=" + enc(back(lookup, date, mealId)) + "&notice="
                    + enc("No food has the barcode " + readings.get(0).digits()
                    + " yet. Add it from its label, and the next scan finds it."), HttpStatus.SEE_OTHER);
            return;
        }
        Food f = food.get();
        page = views.page(ctx, f.displayName());
        LocalDate day = date != null ? date : LocalDate.now(page.zone());
        render(ctx, 200, page, readings.get(0).digits(), date, mealId,
                new ScanView(FoodSummary.of(f), readings.get(0).digits(), day, mealId, options(f)), FormErrors.none());
    }

    /** Where the custom-food form returns once saved: the scan of the same code, so it goes to the portions. */
    static String back(String code, LocalDate date, Long mealId) {
        return "/foods/scan?code=" + code + (date == null ? "" : "&date=" + date) + (mealId == null ? "" : "&mealId="
                + mealId);
    }

    private void render(Context ctx, int status, Page page, String code, LocalDate date, Long mealId, ScanView found,
                        FormErrors errors) {
        views.send(ctx, status, "food/scan.jte", page, "code", code, "date", date, "mealId", mealId,
                "found", found, "errors", errors);
    }

    private static List<ScanView.Option> options(Food f) {
        List<ScanView.Option> out = new ArrayList<>();
        String common = f.commonPortion().map(Portion::name).orElse(null);
        double kcal100 = f.kcalPer100g().isPresent() ? f.kcalPer100g().getAsDouble() : Double.NaN;
        for (Portion p : f.portions()) {
            out.add(new ScanView.Option(p.name(), p.name() + " (" + PortionChoice.number(p.grams()) + " g"
                    + kcal(kcal100, p.grams()) + ")", p.name().equals(common)));
        }
        out.add(new ScanView.Option("g", "g", common == null));
        out.add(new ScanView.Option("oz", "oz (28.35 g" + kcal(kcal100, PortionChoice.GRAMS_PER_OZ) + ")", false));
        return out;
    }

    private static String kcal(double per100, double grams) {
        return Double.isNaN(per100) ? "" : ", " + Math.round(per100 * grams / 100) + " kcal";
    }

    /** The diary day to add to, as the add page passed it; a malformed one is ignored (today is used). */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long mealId(String text) {
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(text.trim());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
