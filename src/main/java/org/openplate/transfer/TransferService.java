package org.openplate.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryDays;
import org.openplate.food.importer.Progress;
import org.openplate.storage.DataVersions;
import org.openplate.weight.WeightService;

/**
 * Taking data out and bringing it back: the full export (a zip with a versioned JSON document),
 * its lossless restore into an empty or existing account, and the CSV exports.
 */
public final class TransferService {

    /** The CSV files offered; names are the download file names. */
    public enum Csv {
        DIARY("diary-entries.csv", CsvExports.Kind.DIARY), DAILY("daily-totals.csv", CsvExports.Kind.DAILY),
        WEIGHTS("weights.csv", CsvExports.Kind.WEIGHTS), EXERCISE("exercise.csv", CsvExports.Kind.EXERCISE);

        private final String fileName;
        private final CsvExports.Kind kind;

        Csv(String fileName, CsvExports.Kind kind) {
            this.fileName = fileName;
            this.kind = kind;
        }

        public String fileName() {
            return fileName;
        }

        public static java.util.Optional<Csv> byFileName(String name) {
            for (Csv c : values()) {
                if (c.fileName.equals(name)) {
                    return java.util.Optional.of(c);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;
    private final CsvExports csv;

    public TransferService(Jdbi jdbi, ObjectMapper json, Clock clock, DiaryDays diary,
                           WeightService weights) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
        this.csv = diary == null ? null : new CsvExports(jdbi, diary, weights);
    }

    /** Writes the user's full export (zip) to {@code out}. */
    public void export(UserId user, OutputStream out) {
        new ArchiveWriter(jdbi, json).write(user, clock.instant(), out);
    }

    /** Restores an export into the user's account in one transaction; nothing is written if any row fails. */
    public ImportCounts restore(UserId user, String fileName, InputStream in) {
        return restore(user, fileName, in, (done, total, rows) -> { });
    }

    /** As {@link #restore(UserId, String, InputStream)}, reporting rows written as it goes. */
    public ImportCounts restore(UserId user, String fileName, InputStream in, Progress progress) {
        java.nio.file.Path zip = ArchiveReader.spool(fileName, in);
        try {
            ArchiveReader.Header header = ArchiveReader.header(fileName, zip, json);
            return jdbi.inTransaction(h -> {
                Restorer restorer = new Restorer(h, user, header, clock.millis(), progress);
                ArchiveReader.rows(fileName, zip, json, restorer::columnsOf, restorer::row);
                DataVersions.raise(h, user.value());
                return restorer.counts();
            });
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(zip);
            } catch (java.io.IOException e) {
                zip.toFile().deleteOnExit();
            }
        }
    }

    public String csv(UserId user, Csv which) {
        if (csv == null) {
            throw new IllegalStateException("CSV exports need the diary and weight services");
        }
        return csv.csv(user, which.kind);
    }

    /** Export and restore only (no CSV), for the command line, which does not start the web app. */
    public static TransferService forArchives(Jdbi jdbi, ObjectMapper json, Clock clock) {
        return new TransferService(jdbi, json, clock, null, null);
    }
}
