package org.openplate.transfer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.time.LocalDate;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/**
 * Settings → Your data: download everything (zip) or CSV files, and restore an OpenPlate export.
 * The same downloads are in the API under {@code /api/v1/export}.
 */
final class TransferPages implements Routes {

    /** Largest upload for a restore (the zip itself); its contents are limited separately. */
    static final long MAX_UPLOAD = 100L * 1024 * 1024;
    private static final String RESTORED = "restored";

    private final TransferService transfer;
    private final AuthGuard guard;
    private final Views views;

    public TransferPages(TransferService transfer, AuthGuard guard, Views views) {
        this.transfer = transfer;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/account/data", ctx -> {
            guard.requireUser(ctx);
            show(ctx, 200, Flashes.read(guard.takeFlash(ctx), RESTORED, ImportCounts.class), null);
        });
        r.get("/account/data/openplate-export.zip", this::zip);
        r.get("/api/v1/export", this::zip);
        r.get("/account/data/{file}", this::csv);
        r.get("/api/v1/export/{file}", this::csv);
        r.post("/account/data/restore", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                UploadedFile file = ctx.uploadedFile("file");
                if (file == null || file.size() == 0) {
                    throw new BadInputException("file", "File: choose an OpenPlate export (.zip) to restore.");
                }
                if (file.size() > MAX_UPLOAD) {
                    throw new BadInputException("file", "File must be at most 100 MB.");
                }
                try (InputStream in = file.content()) {
                    // POST-redirect-GET: the counts come to the next page once, through the session.
                    guard.flash(ctx, Flashes.write(RESTORED, transfer.restore(u, file.filename(), in)));
                }
                ctx.redirect("/account/data", HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, null, e.getMessage());
            }
        });
    }

    private void zip(Context ctx) throws Exception {
        UserId u = guard.requireUser(ctx);
        ctx.header("Content-Type", "application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"openplate-export-" + LocalDate.now() + ".zip\"");
        ctx.header("Cache-Control", "no-store");
        transfer.export(u, ctx.outputStream());
    }

    private void csv(Context ctx) {
        UserId u = guard.requireUser(ctx);
        TransferService.Csv which = TransferService.Csv.byFileName(ctx.pathParam("file"))
                .orElseThrow(() -> new NotFoundException("No export called " + ctx.pathParam("file") + "."));
        ctx.header("Content-Type", "text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + which.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.result(transfer.csv(u, which));
    }

    private void show(Context ctx, int status, ImportCounts restored, String error) {
        guard.requireUser(ctx);
        views.send(ctx, status, "transfer/data.jte", views.page(ctx, "Your data"), "restored", restored,
                "error", error, "csvs", java.util.List.of(TransferService.Csv.values()));
    }
}
