package org.openplate.cli;

import java.io.PrintWriter;
import org.openplate.food.importer.Progress;

/** A one-line progress bar on standard error: percentage of bytes, rows so far and rows per second. */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, long rowsRead) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String bar;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", 100 * done / total);
        } else {
            bar = "[" + "?".repeat(3) + "]";
        }
        err.printf("\r%s %,d rows, %,.0f rows/s ", bar, rowsRead, rowsRead / seconds);
        err.flush();
    }

    void finish() {
        err.println();
        err.flush();
    }
}
