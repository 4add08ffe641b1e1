package org.openplate.food;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.openplate.food.importer.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports started from the admin web page: one at a time, in the background, with live progress
 * for the page to poll and the report kept when done. Uploaded files are deleted afterwards.
 */
public final class ImportJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    /** A job's state; {@code report} and {@code error} are set when it ends. */
    public static final class Job {
        private final long id;
        private final String format;
        private final List<String> fileNames;
        private volatile long done;
        private volatile long total = -1;
        private volatile long rows;
        private volatile ImportReport report;
        private volatile String error;

        Job(long id, String format, List<String> fileNames) {
            this.id = id;
            this.format = format;
            this.fileNames = List.copyOf(fileNames);
        }

        public long id() {
            return id;
        }

        public String format() {
            return format;
        }

        public List<String> fileNames() {
            return fileNames;
        }

        public long rows() {
            return rows;
        }

        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
        }

        public boolean finished() {
            return report != null || error != null;
        }

        public ImportReport report() {
            return report;
        }

        public String error() {
            return error;
        }
    }

    private final FoodService foods;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "openplate-food-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** The catalogue load and index status, shown to administrators on the import page. */
    FoodService.Status catalogueStatus() {
        return foods.status();
    }

    public ImportJobs(FoodService foods) {
        this.foods = foods;
    }

    /** Queues an import of files already saved to disk; they are deleted when it ends. */
    public Job start(String format, List<Path> files, List<String> names) {
        Job job = new Job(ids.incrementAndGet(), format, names);
        jobs.put(job.id, job);
        worker.execute(() -> {
            try {
                job.report = foods.importFiles(format, files, (done, total, rows) -> {
                    job.done = done;
                    job.total = total;
                    job.rows = rows;
                });
                job.done = job.total;
                LOG.info("web import {} ({}): {}", job.id, format, job.report.summary().lines().findFirst().orElse(""));
            } catch (IOException | RuntimeException e) {
                job.error = e.getMessage() == null ? e.toString() : e.getMessage();
            } finally {
                for (Path f : files) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException ignored) {
                        // temp file; the OS cleans up
                    }
                }
            }
        });
        return job;
    }

    public Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
