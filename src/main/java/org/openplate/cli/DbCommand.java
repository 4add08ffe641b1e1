package org.openplate.cli;

import java.util.concurrent.Callable;
import org.openplate.config.Settings;
import org.openplate.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db migrate}: bring the schema up to date without starting the server (for deploys). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database maintenance.",
        subcommands = {DbCommand.Migrate.class})
final class DbCommand {

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        ServerOptions server;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Settings settings = server.settings();
            try (Database db = Database.open(settings)) {
                spec.commandLine().getOut().println("schema is up to date (" + db.dialect() + ")");
                return 0;
            }
        }
    }
}
