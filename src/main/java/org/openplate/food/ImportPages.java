package org.openplate.food;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.account.Role;
import org.openplate.account.Session;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.importer.Importers;
import org.openplate.web.Routes;
import org.openplate.web.Viewer;
import org.openplate.web.Views;

/** Admins import food files in the browser: upload, watch the progress bar, read the report. */
final class ImportPages implements Routes {

    private final ImportJobs jobs;
    private final AuthGuard guard;
    private final Views views;
    private final Path uploads;

    public ImportPages(ImportJobs jobs, AuthGuard guard, Views views, Path uploads) {
        this.jobs = jobs;
        this.guard = guard;
        this.views = views;
        this.uploads = uploads;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/admin/foods/import", this::form);
        r.post("/admin/foods/import", this::upload);
        r.get("/admin/foods/import/{job}", this::status);
    }

    /** Non-admins get 404, as if the page did not exist. */
    private void requireAdmin(Context ctx) {
        Session s = guard.requireSession(ctx);
        Viewer v = ctx.attribute(Viewer.ATTRIBUTE);
        if (s == null || v == null || !v.hasRole(Role.ADMIN.code())) {
            throw new NotFoundException("There is nothing at " + ctx.path() + ".");
        }
    }

    private void form(Context ctx) {
        requireAdmin(ctx);
        render(ctx, 200, null);
    }

    private void render(Context ctx, int status, String error) {
        views.send(ctx, status, "food/import.jte", views.page(ctx, "Import foods"), "formats", Importers.formats(),
                "error", error, "problems", jobs.catalogueStatus().problems());
    }

    private void upload(Context ctx) {
        requireAdmin(ctx);
        try {
            String format = ctx.formParam("format");
            if (format == null || Importers.forFormat(format).isEmpty()) {
                throw new BadInputException("format", "format must be one of " + String.join(", ",
                        Importers.formats()) + ".");
            }
            List<UploadedFile> files = ctx.uploadedFiles("files");
            if (files.isEmpty()) {
                throw new BadInputException("files", "Choose at least one file to import.");
            }
            Files.createDirectories(uploads);
            Path dir = Files.createTempDirectory(uploads, "import");
            List<Path> saved = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (UploadedFile f : files) {
                // Keep only the base name: importers recognise files such as FOOD_DES.txt by name.
                String name = Path.of(f.filename()).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
                Path target = dir.resolve(name.isEmpty() ? "upload" : name);
                try (InputStream in = f.content()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                saved.add(target);
                names.add(name);
            }
            ImportJobs.Job job = jobs.start(format, saved, names);
            ctx.redirect("/admin/foods/import/" + job.id(), HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            render(ctx, 400, e.getMessage());
        } catch (IOException e) {
            render(ctx, 500, "The upload could not be saved: " + e.getMessage());
        }
    }

    private void status(Context ctx) {
        requireAdmin(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("job"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No such import.");
        }
        ImportJobs.Job job = jobs.job(id).orElseThrow(() -> new NotFoundException("No such import."));
        if (!job.finished()) {
            ctx.header("Refresh", "1");
        }
        views.send(ctx, 200, "food/import-status.jte", views.page(ctx, "Import " + id), "job", job);
    }
}
