package org.openplate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openplate.config.Settings;
import org.openplate.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --out FILE}: a consistent copy of the whole SQLite database while the app runs
 * ({@code VACUUM INTO}). For PostgreSQL it explains the pg_dump command instead.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the whole instance's database.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", required = true, description = "the backup file to write (must not exist)")
    Path out;

    @Override
    public Integer call() {
        Settings settings = server.settings();
        if (!settings.jdbcUrl().startsWith("jdbc:sqlite:")) {
            spec.commandLine().getErr().println("""
                    This instance uses PostgreSQL: back it up with PostgreSQL's own tools, e.g.
                      pg_dump --format=custom --file=openplate.dump "$OPENPLATE_DATABASE_URL without the jdbc: prefix"
                    and restore with pg_restore --clean --dbname=... openplate.dump.
                    Uploaded images are stored in the database, so the dump holds them too.""");
            return 2;
        }
        if (Files.exists(out)) {
            spec.commandLine().getErr().println("error: " + out + " exists; choose a new file");
            return 2;
        }
        try (Database db = Database.open(settings)) {
            db.copySqliteTo(out);
            spec.commandLine().getOut().printf("wrote %s (%,d bytes), uploaded images included.%n", out,
                    Files.size(out));
            return 0;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
