package org.openplate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openplate.account.UserId;
import org.openplate.food.importer.Progress;
import org.openplate.Features;
import org.openplate.transfer.ImportCounts;
import org.openplate.transfer.TrackerImportService;
import org.openplate.transfer.trackers.TrackerData;
import org.openplate.transfer.trackers.TrackerFile;

/** Imports another tracker's files on the command line: reads, checks (listing every problem), then writes. */
final class TrackerImportCli {

    private TrackerImportCli() {
    }

    static ImportCounts run(Features features, UserId user, String format, List<Path> files, boolean dryRun, Progress progress,
                            PrintWriter out) {
        List<TrackerFile> loaded = new ArrayList<>();
        long total = 0;
        for (Path p : files) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long done = 0;
        for (Path p : files) {
            try {
                byte[] bytes = Files.readAllBytes(p);
                loaded.add(new TrackerFile(p.getFileName().toString(), bytes));
                done += bytes.length;
                progress.update(done, total, loaded.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TrackerImportService service = features.transfer().trackerImports();
        TrackerImportService.Checked checked = service.check(user, format, loaded);
        TrackerImportService.Preview p = checked.preview();
        out.printf("%s: %,d food entries, %,d weigh-ins, %,d exercise, %,d notes, %,d water%s; %,d already imported%n",
                String.join(", ", p.files()), p.foods(), p.weights(), p.exercises(), p.notes(), p.water(),
                p.from() == null ? "" : " from " + p.from() + " to " + p.to(), p.alreadyImported());
        for (TrackerData.Problem problem : p.problems()) {
            out.printf("  problem: %s%n", problem.message());
        }
        if (dryRun) {
            return new ImportCounts(java.util.Map.of(), java.util.Map.of());
        }
        return service.importChecked(user, checked, progress);
    }
}
