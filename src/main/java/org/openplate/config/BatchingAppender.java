package org.openplate.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes log lines from a thread of its own, in batches: the thread wakes every {@link #tickMillis}
 * milliseconds, takes every line queued since, and writes them to the stream in one call.
 *
 * <p>The library's own asynchronous appender woke its thread for every line (a request thread handing over
 * a line had to unpark it), and its console appender then wrote and flushed each line with a system call of
 * its own. With one line per request, that was a fifth of the CPU of {@code GET /health} and a tenth of an
 * add (docs/benchmarks.md, fourteenth round). Here a request thread only puts the line in the queue; the
 * writing thread is woken early only when the queue is half full. A line reaches the stream at most one
 * tick after it was logged.
 *
 * <p>No line is dropped: when the queue is full, the logging thread waits for room. {@link #stop()} writes
 * what is still queued before it returns.
 */
final class BatchingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    /** The most lines written in one call. */
    static final int BATCH = 1024;

    private final int capacity;
    private final long tickMillis;
    private ArrayBlockingQueue<ILoggingEvent> queue;
    private Encoder<ILoggingEvent> encoder;
    private OutputStream out;
    private volatile Thread writer;
    private boolean failed;

    BatchingAppender(int capacity, long tickMillis) {
        if (capacity < 2 || tickMillis <= 0) {
            throw new IllegalArgumentException("capacity must be at least 2 and the tick positive");
        }
        this.capacity = capacity;
        this.tickMillis = tickMillis;
    }

    void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    Encoder<ILoggingEvent> getEncoder() {
        return encoder;
    }

    /** Where the lines go; standard output as it is when the appender starts, if not set. */
    void setOutputStream(OutputStream out) {
        this.out = out;
    }

    int capacity() {
        return capacity;
    }

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        if (encoder == null) {
            addError("No encoder set for the appender named [" + name + "].");
            return;
        }
        if (out == null) {
            out = System.out;
        }
        queue = new ArrayBlockingQueue<>(capacity);
        super.start();
        Thread t = new Thread(this::writeUntilStopped, "openplate-log");
        t.setDaemon(true);
        writer = t;
        t.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();   // the message and the thread's name, as of now
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(event);
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // a line is never dropped; the caller keeps its interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (queue.size() >= capacity / 2) {
            LockSupport.unpark(writer);
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        Thread t = writer;
        LockSupport.unpark(t);
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeQueued(new ArrayList<>(), new ByteArrayOutputStream(), true);   // whatever the thread did not reach
    }

    /**
     * Writes what is queued, then waits for the next tick or a half-full queue, whichever comes first. It waits
     * after every write, not only when the queue was empty: going straight back to the queue took the lines
     * that had arrived during the write, a few at a time, so under a steady stream of lines it wrote nearly
     * as often as lines came (358 writes for 2,000 lines in one CI run of BatchingAppenderTest).
     */
    private void writeUntilStopped() {
        List<ILoggingEvent> batch = new ArrayList<>(BATCH);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        while (isStarted()) {
            writeQueued(batch, bytes, false);
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(tickMillis));
        }
        writeQueued(batch, bytes, true);
    }

    /**
     * Writes the queued lines, at most {@link #BATCH} per call: one call, and more only while the queue is still half
     * full; with {@code all}, calls until the queue is empty.
     */
    private synchronized void writeQueued(List<ILoggingEvent> batch, ByteArrayOutputStream bytes, boolean all) {
        while (queue.drainTo(batch, BATCH) > 0) {
            bytes.reset();
            for (ILoggingEvent event : batch) {
                try {
                    bytes.writeBytes(encoder.encode(event));
                } catch (RuntimeException e) {
                    addError("A log line could not be formatted", e);
                }
            }
            batch.clear();
            try {
                bytes.writeTo(out);
                out.flush();
                failed = false;
            } catch (IOException e) {
                if (!failed) {   // said once per run of failures, not for every batch
                    addError("Log lines could not be written", e);
                    failed = true;
                }
            }
            if (!all && queue.size() < capacity / 2) {
                return;
            }
        }
    }
}
