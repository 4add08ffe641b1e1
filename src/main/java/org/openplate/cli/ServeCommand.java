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

    static int serve(Settings settings) throws InterruptedException {
        App app = App.build(settings, Clock.systemUTC()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "openplate-shutdown"));
        stopped.await();
        return 0;
    }
}
