package org.openplate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LogSetupTest {

    @Test
    void theLibraryFindsTheSetUpAsAServiceAndLeavesTheTestsFileInCharge() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogSetup.class));
        // logback-test.xml is on the tests' class path, so the set-up steps aside for it
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogSetup().configure(new LoggerContext()));
    }

    @Test
    void linesGoThroughALosslessQueueToStandardOutputAndLibrariesOnlyWarn() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as the library's provider does
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LogSetup.apply(context);
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            assertEquals(Level.INFO, root.getLevel());
            BatchingAppender stdout = assertInstanceOf(BatchingAppender.class, root.getAppender("STDOUT"));
            assertEquals(LogSetup.QUEUE, stdout.capacity());
            assertEquals(LogSetup.PATTERN, assertInstanceOf(PatternLayoutEncoder.class, stdout.getEncoder()).getPattern());
            for (String quiet : new String[] {"org.eclipse.jetty", "org.flywaydb", "com.zaxxer.hikari", "io.javalin"}) {
                assertEquals(Level.WARN, context.getLogger(quiet).getLevel(), quiet);
            }

            // the search library logs through the JDK's logging: warnings only, and not its vector notice
            java.util.logging.Logger store = java.util.logging.Logger.getLogger("org.apache.lucene.store.MMapDirectory");
            assertTrue(!store.isLoggable(java.util.logging.Level.INFO));
            assertTrue(store.isLoggable(java.util.logging.Level.WARNING));
            java.util.logging.Logger vectors = java.util.logging.Logger.getLogger(
                    "org.apache.lucene.internal.vectorization.VectorizationProvider");
            assertTrue(!vectors.isLoggable(java.util.logging.Level.WARNING));
            assertTrue(vectors.isLoggable(java.util.logging.Level.SEVERE));

            context.getLogger("org.openplate.request").info("GET /health 200 1.0ms");
            context.getLogger("org.eclipse.jetty.server.Server").info("not shown");
            context.getLogger("org.eclipse.jetty.server.Server").warn("shown");
            LogSetup.drain(context).run();
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  org\\.openplate\\.request - GET /health 200 1\\.0ms\\R.*"), text);
        assertTrue(text.matches("(?s).*WARN  [a-z.]*jetty\\.server\\.Server - shown\\R.*"), text);
        assertTrue(!text.contains("not shown"), text);
    }
}
