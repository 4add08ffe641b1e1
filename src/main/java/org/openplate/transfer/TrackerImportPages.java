package org.openplate.transfer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.transfer.trackers.TrackerFile;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/**
 * Settings → Import from another tracker: upload, preview (counts, dates, problems by file and row),
 * confirm. The API takes the same upload at {@code POST /api/v1/import/{source}}.
 */
final class TrackerImportPages implements Routes {

    private static final String PREVIEW = "import-preview";
    private static final String DONE = "import-done";

    private final TrackerImportService imports;
    private final AuthGuard guard;
    private final Views views;

    public TrackerImportPages(TrackerImportService imports, AuthGuard guard, Views views) {
        this.imports = imports;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/account/import", ctx -> {
            guard.requireUser(ctx);
            // After a POST, the preview or the result comes once, through the session's one-time message.
            java.util.Optional<String> flash = guard.takeFlash(ctx);
            TrackerImportService.Preview preview = Flashes.read(flash, PREVIEW, TrackerImportService.Preview.class);
            ImportCounts done = Flashes.read(flash, DONE, ImportCounts.class);
            show(ctx, 200, preview, done, null, preview == null ? null : preview.source());
        });
        r.post("/account/import", ctx -> {
            UserId u = guard.requireUser(ctx);
            String source = ctx.formParam("source");
            try {
                guard.flash(ctx, Flashes.write(PREVIEW, imports.preview(u, source, files(ctx))));
                ctx.redirect("/account/import", HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, null, null, e, source);
            }
        });
        r.post("/account/import/confirm", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                guard.flash(ctx, Flashes.write(DONE, imports.confirm(u, ctx.formParam("token"))));
                ctx.redirect("/account/import", HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, null, null, e, null);
            }
        });
        r.post("/api/v1/import/{source}", ctx -> {
            UserId u = guard.requireUser(ctx);
            String source = ctx.pathParam("source");
            if ("true".equals(ctx.queryParam("dryRun"))) {
                TrackerImportService.Preview p = imports.dryRun(u, source, files(ctx));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("source", p.source());
                out.put("files", p.files());
                out.put("counts", Map.of("foods", p.foods(), "weights", p.weights(), "exercises", p.exercises(),
                        "notes", p.notes(), "water", p.water()));
                out.put("from", p.from() == null ? null : p.from().toString());
                out.put("to", p.to() == null ? null : p.to().toString());
                out.put("alreadyImported", p.alreadyImported());
                out.put("problems", p.problems().stream().map(x -> Map.of("file", x.file(), "row", x.row(),
                        "message", x.message())).toList());
                ctx.json(out);
                return;
            }
            ImportCounts c = imports.importNow(u, source, files(ctx));
            ctx.status(201).json(Map.of("added", c.added(), "alreadyThere", c.kept()));
        });
    }

    private static List<TrackerFile> files(Context ctx) throws IOException {
        List<TrackerFile> out = new ArrayList<>();
        long total = 0;
        for (UploadedFile f : ctx.uploadedFiles("files")) {
            try (InputStream in = f.content()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                        TrackerImportService.MAX_UPLOAD_BYTES - total + 1));
                total += bytes.length;
                if (total > TrackerImportService.MAX_UPLOAD_BYTES) {
                    throw new BadInputException("file", "The files must be at most 50 MB together.");
                }
                if (bytes.length > 0) {
                    out.add(new TrackerFile(f.filename(), bytes));
                }
            }
        }
        return out;
    }

    private void show(Context ctx, int status, TrackerImportService.Preview preview, ImportCounts done,
                      BadInputException error, String source) {
        guard.requireUser(ctx);
        views.send(ctx, status, "transfer/import.jte", views.page(ctx, "Import from another tracker"), "preview", preview,
                "done", done, "error", error == null ? null : error.getMessage(),
                "errorField", error == null ? null : error.field(), "source", source == null ? "" : source);
    }
}
