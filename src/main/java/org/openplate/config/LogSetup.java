package org.openplate.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.hook.DefaultShutdownHook;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The server's logging, set up in code (found by the logging library as a service): one line per event on
 * standard output, written by the log's own thread. Reading the same set-up from an XML file took about a
 * tenth of a second of every start, most of it starting the XML parser.
 * <ul>
 *   <li>Request threads hand each line to a queue of 8,192 and go on; one thread formats them and writes
 *       what has queued, every 20 ms, in one call ({@link BatchingAppender}). The queue never drops lines:
 *       when it is full, a request waits.</li>
 *   <li>On exit (including SIGTERM) the queue is drained before the process ends.</li>
 *   <li>The web server's, database pool's and migrations' own chatter is kept to warnings. The search
 *       library logs through the JDK's own logging instead: it is kept to warnings too, and its notice
 *       that a newer release of it would use this JDK's vector instructions, printed as a warning at
 *       every start, is not shown (nothing an operator can act on).</li>
 * </ul>
 * An operator's own file ({@code -Dlogback.configurationFile=...}) or a {@code logback-test.xml} on the
 * class path (the tests') takes over instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    static final int QUEUE = 8192;
    static final long TICK_MILLIS = 20;

    /**
     * The JDK's logging holds its loggers weakly, and a level set on a logger that is collected is lost:
     * these stay referenced for the life of the process.
     */
    private static final java.util.logging.Logger[] SEARCH_LIBRARY = {
        java.util.logging.Logger.getLogger("org.apache.lucene"),
        java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization"),
    };

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        Runtime.getRuntime().addShutdownHook(new Thread(drain(context), "openplate-log-drain"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The appenders and levels described above, on {@code context}. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        BatchingAppender stdout = new BatchingAppender(QUEUE, TICK_MILLIS);
        stdout.setContext(context);
        stdout.setName("STDOUT");
        stdout.setEncoder(encoder);
        stdout.start();
        for (String quiet : new String[] {"org.eclipse.jetty", "org.flywaydb", "com.zaxxer.hikari", "io.javalin"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stdout);
        SEARCH_LIBRARY[0].setLevel(java.util.logging.Level.WARNING);
        SEARCH_LIBRARY[1].setLevel(java.util.logging.Level.SEVERE);
    }

    /** Stops the context, which writes what the queue still holds (the library's own shutdown hook). */
    static Runnable drain(LoggerContext context) {
        DefaultShutdownHook hook = new DefaultShutdownHook();
        hook.setContext(context);
        return hook;
    }
}
