package org.openplate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.food.importer.Progress;
import org.openplate.storage.Database;
import org.openplate.transfer.ImportCounts;

/** Imports from other trackers on the command line (wired when the tracker importers land). */
final class TrackerImportCli {

    private TrackerImportCli() {
    }

    static ImportCounts run(Database db, UserId user, String format, List<Path> files, boolean dryRun, Progress progress,
                            PrintWriter out) {
        throw new BadInputException("format", "--format must be openplate, myfitnesspal, cronometer, loseit or myplate.");
    }
}
