package org.openplate.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.openplate.App;
import org.openplate.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts the web server and blocks until SIGTERM/SIGINT, then shuts down gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web server (the default command).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        return serve(server.settings());
    }

    /**
     * Serves until SIGTERM or SIGINT, then closes the app (in-flight requests finish, the pool closes)
     * and returns 0, so that a clean stop exits with status 0 rather than the JVM's 143/130 for a
     * signal. The signals are caught with {@code sun.misc.Signal} (module jdk.unsupported); a shutdown
     * hook still closes the app on any other exit.
     */
    static int serve(Settings settings) throws InterruptedException {
        // a first start unpacks the database and search index the build made, instead of making them
        org.openplate.storage.DataDirectorySeed.plant(settings);
        App app = App.build(settings, Clock.systemUTC()).start();
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.countDown());
            } catch (IllegalArgumentException unsupported) {
                // the platform does not offer this signal: the shutdown hook below still closes the app
            }
        }
        Thread hook = new Thread(app::close, "openplate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stop.await();
        app.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs app.close() again, which does nothing the second time
        }
        return 0;
    }
}
