package org.openplate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.openplate.common.BadInputException;
import org.openplate.config.Settings;
import org.openplate.food.importer.ImportReport;
import org.openplate.Features;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code foods import --format F FILE...}: streams the files in, with a progress bar and a report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import foods: usda-sr (FOOD_DES, ABBREV or NUT_DATA, WEIGHT), fdc-csv, off, csv.")
final class FoodsImportCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", required = true, description = "usda-sr, fdc-csv, off or csv")
    String format;
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (!HumanReadable.allFilesExist(files, spec.commandLine().getErr())) {
            return 2;
        }
        Settings settings = server.settings();
        try (Features features = Features.open(settings, Clock.systemUTC())) {
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
            long t0 = System.nanoTime();
            ImportReport report = features.food().importFiles(format, files, bar);
            bar.finish();
            double seconds = (System.nanoTime() - t0) / 1e9;
            spec.commandLine().getOut().print(report.summary());
            spec.commandLine().getOut().printf("%.1f s, %,.0f rows/s%n", seconds, report.read() / Math.max(seconds, 1e-3));
            spec.commandLine().getOut().flush();
            return report.rejected() > 0 ? 1 : 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
