package org.openplate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchingAppenderTest {

    /** Records what is written and how many calls wrote it. */
    private static class Sink extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public synchronized void write(int b) {
            writes.incrementAndGet();
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            writes.incrementAndGet();
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static Logger logger(LoggerContext context, BatchingAppender appender, OutputStream out) {
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as the library's provider does
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setName("TEST");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger log = context.getLogger("test");
        log.setAdditive(false);
        log.setLevel(Level.INFO);
        log.addAppender(appender);
        return log;
    }

    @Test
    void everyLineArrivesInItsThreadsOrderInFarFewerWritesThanLines() throws Exception {
        LoggerContext context = new LoggerContext();
        Sink sink = new Sink();
        // a tick far longer than the test: lines are written when the queue is half full, and at the stop
        BatchingAppender appender = new BatchingAppender(64, 60_000);
        Logger log = logger(context, appender, sink);
        int threads = 4;
        int each = 500;
        List<Thread> loggers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread logger = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    log.info("t{} line {}", thread, i);
                }
            });
            logger.start();
            loggers.add(logger);
        }
        for (Thread t : loggers) {
            t.join();
        }
        appender.stop();

        String[] lines = sink.text().split("\n");
        assertEquals(threads * each, lines.length);
        for (int t = 0; t < threads; t++) {
            int next = 0;
            for (String line : lines) {
                if (line.startsWith("t" + t + " ")) {
                    assertEquals("t" + t + " line " + next, line);
                    next++;
                }
            }
            assertEquals(each, next);
        }
        assertTrue(sink.writes.get() <= threads * each / 8,
                sink.writes.get() + " writes for " + threads * each + " lines");
    }

    @Test
    void aLineIsWrittenWithinATickWithoutWaitingForMore() throws Exception {
        LoggerContext context = new LoggerContext();
        Sink sink = new Sink();
        BatchingAppender appender = new BatchingAppender(8192, 20);
        Logger log = logger(context, appender, sink);
        try {
            log.info("GET /health 200 0.1ms");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sink.text().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals("GET /health 200 0.1ms\n", sink.text());
            assertEquals(1, sink.writes.get());
        } finally {
            appender.stop();
        }
    }

    @Test
    void aFullQueueMakesTheLoggerWaitAndDropsNothing() throws Exception {
        LoggerContext context = new LoggerContext();
        CountDownLatch release = new CountDownLatch(1);
        Sink sink = new Sink() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    release.await();   // a stuck terminal
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                super.write(b, off, len);
            }
        };
        BatchingAppender appender = new BatchingAppender(4, 1);
        Logger log = logger(context, appender, sink);
        AtomicInteger logged = new AtomicInteger();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                log.info("line {}", i);
                logged.incrementAndGet();
            }
        });
        producer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (producer.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Thread.State.WAITING, producer.getState(), "the logger waits for room");
        assertTrue(logged.get() < 50, logged.get() + " lines logged past a full queue");
        release.countDown();
        producer.join(10_000);
        appender.stop();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            expected.append("line ").append(i).append('\n');
        }
        assertEquals(expected.toString(), sink.text());
    }

    @Test
    void aStreamThatFailsIsReportedOnceAndLaterLinesStillArrive() throws Exception {
        LoggerContext context = new LoggerContext();
        AtomicBoolean broken = new AtomicBoolean(true);
        Sink sink = new Sink() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (broken.get()) {
                    throw new IOException("disk full");
                }
                super.write(b, off, len);
            }
        };
        BatchingAppender appender = new BatchingAppender(8192, 1);
        Logger log = logger(context, appender, sink);
        for (int i = 0; i < 3; i++) {
            log.info("lost {}", i);
            Thread.sleep(20);   // a batch of its own
        }
        broken.set(false);
        log.info("after");
        appender.stop();
        assertEquals("after\n", sink.text());
        long errors = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() == Status.ERROR && s.getMessage().contains("could not be written")).count();
        assertEquals(1, errors);
    }
}
