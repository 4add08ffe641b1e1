package org.openplate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -jar openplate.jar [command]}; with no command it serves the web app. */
@Command(name = "openplate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "OpenPlate: calorie, exercise and health tracker. With no command, starts the web server.",
        subcommands = {ServeCommand.class, GoalCommand.class, SimulateCommand.class, FoodsCommand.class, UsersCommand.class,
            DbCommand.class, ExportCommand.class, ImportCommand.class, BackupCommand.class, TrainCommand.class,
            SeedCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns its exit code (tests call this). Serving with plain server flags (the
     * common case, e.g. {@code --port 9090 --data-dir d}) skips building picocli's model of every command,
     * which cost about half a second of a start; anything else (a command, help, a flag it does not
     * recognise or a value it would have to convert differently) goes through picocli as before.
     */
    public static int run(String... args) {
        ServerOptions plain = ServerOptions.parsePlain(args);
        if (plain == null) {
            return commandLine().execute(args);
        }
        try {
            return ServeCommand.serve(plain.settings());
        } catch (Exception e) {
            // as the execution exception handler below does for picocli
            System.err.println(StartupFailure.describe(e));
            System.err.flush();
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("start-up failure", e);
            return 1;
        }
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
