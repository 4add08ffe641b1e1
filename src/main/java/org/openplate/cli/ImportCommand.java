package org.openplate.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.config.Settings;
import org.openplate.Features;
import org.openplate.transfer.ImportCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import --user EMAIL [--format F] [--dry-run] FILE...}: restores an OpenPlate export, or
 * imports another tracker's export, in one transaction, with progress and counts.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import into one account: an OpenPlate export (zip) or another tracker's export.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;
    @Spec
    CommandSpec spec;
    @Option(names = "--user", required = true, description = "the account's e-mail")
    String email;
    @Option(names = "--format", defaultValue = "openplate",
            description = "openplate (default), myfitnesspal, cronometer, loseit or myplate")
    String format;
    @Option(names = "--dry-run", description = "check and count, write nothing")
    boolean dryRun;
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (!HumanReadable.allFilesExist(files, spec.commandLine().getErr())) {
            return 2;
        }
        Settings settings = server.settings();
        try (Features features = Features.open(settings, Clock.systemUTC())) {
            Optional<UserId> user = AccountLookup.byEmail(features, email, spec.commandLine().getErr());
            if (user.isEmpty()) {
                return 1;
            }
            ImportCounts counts;
            long started = System.nanoTime();
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
            if (format.equals("openplate")) {
                if (files.size() != 1 || dryRun) {
                    spec.commandLine().getErr().println("error: an OpenPlate export is one zip; --dry-run is for"
                            + " other trackers' files");
                    return 2;
                }
                try (InputStream in = Files.newInputStream(files.get(0))) {
                    counts = features.transfer().archives().restore(user.get(), files.get(0).getFileName().toString(), in, bar);
                }
            } else {
                counts = TrackerImportCli.run(features, user.get(), format, files, dryRun, bar, spec.commandLine().getOut());
            }
            bar.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getOut().printf("%s: %,d added, %,d already there, in %.1f s%n",
                    dryRun ? "would import" : "imported", counts.totalAdded(), counts.totalKept(), seconds);
            counts.added().forEach((k, v) -> spec.commandLine().getOut().printf("  %-20s %,d added%n", k, v));
            counts.updated().forEach((k, v) -> spec.commandLine().getOut().printf("  %-20s %,d updated%n", k, v));
            counts.skipped().forEach((k, v) -> spec.commandLine().getOut().printf("  %-20s %,d not restored%s%n", k, v,
                    k.equals("article_images") ? " (a restore never publishes images; upload them again in the editor)"
                            : ""));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
