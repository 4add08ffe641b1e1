package org.openplate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -jar openplate.jar [command]}; with no command it serves the web app. */
@Command(name = "openplate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "OpenPlate: calorie, exercise and health tracker. With no command, starts the web server.",
        subcommands = {ServeCommand.class, GoalCommand.class, SimulateCommand.class, FoodsCommand.class, UsersCommand.class,
            DbCommand.class, ExportCommand.class, ImportCommand.class, BackupCommand.class, TrainCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        // A failure to start (bad setting, unusable database, port taken) is one line naming what and why,
        // then exit status 1; never a stack trace.
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(StartupFailure.describe(e));
            line.getErr().flush();
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("start-up failure", e);
            return 1;
        });
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        return ServeCommand.serve(server.settings());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"OpenPlate " + org.openplate.App.VERSION};
        }
    }
}
