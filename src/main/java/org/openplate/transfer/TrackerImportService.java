package org.openplate.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.Tokens;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.FoodImports;
import org.openplate.food.FoodService;
import org.openplate.storage.DataVersions;
import org.openplate.storage.Transaction;
import org.openplate.transfer.trackers.TrackerData;
import org.openplate.transfer.trackers.TrackerFile;
import org.openplate.transfer.trackers.TrackerImports;

/**
 * Imports from MyFitnessPal, Cronometer, Lose It! and LIVESTRONG MyPlate: a preview (counts, date
 * range, problems with file and row) that keeps the files in the database under a token, then the
 * import itself in one transaction, refused as a whole when any row has a problem.
 */
public final class TrackerImportService {

    public static final Set<String> SOURCES = Set.of("myfitnesspal", "cronometer", "loseit", "myplate");
    /** Uploads for one import, all files together. */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    private static final long PREVIEW_TTL_MS = 24L * 3600 * 1000;

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;
    private final FoodService foods;

    /**
     * Without a food search to refresh (the command line: running servers pick the imported foods up on
     * their next index sync); the web app adds its search with {@link #refreshingSearchOf}.
     */
    public TrackerImportService(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
        this.foods = null;
    }

    private TrackerImportService(TrackerImportService base, FoodService foods) {
        this.jdbi = base.jdbi;
        this.json = base.json;
        this.clock = base.clock;
        this.foods = foods;
    }

    /** The same imports, after which {@code foods}' search finds the imported own foods as soon as they commit. */
    public TrackerImportService refreshingSearchOf(FoodService foods) {
        return new TrackerImportService(this, foods);
    }

    /** What an import would add, before anything is written. {@code token} confirms it. */
    public record Preview(String token, String source, List<String> files, int foods, int weights, int exercises,
                          int notes, int water, LocalDate from, LocalDate to, int alreadyImported,
                          List<TrackerData.Problem> problems) {
        public boolean canImport() {
            return problems.isEmpty() && foods + weights + exercises + notes + water > alreadyImported;
        }
    }

    public Preview preview(UserId user, String source, List<TrackerFile> files) {
        TrackerData data = parse(source, files);
        purge();   // previews nobody confirmed within a day go when the next one is made
        String token = Tokens.random();
        ArrayNode stored = json.createArrayNode();
        files.forEach(f -> stored.addObject().put("name", f.name()).put("data", Base64.getEncoder().encodeToString(f.bytes())));
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO import_previews (user_id, token, source, files, created_at)"
                        + " VALUES (:u, :t, :s, :f, :now)").bind("u", user.value()).bind("t", token).bind("s", source)
                .bind("f", stored.toString()).bind("now", clock.millis()).execute());
        return preview(user, token, source, files, data);
    }

    /** Imports what a preview showed; the preview is used up. */
    public ImportCounts confirm(UserId user, String token) {
        var row = jdbi.withHandle(h -> h.createQuery("SELECT source, files FROM import_previews WHERE user_id = :u AND"
                        + " token = :t AND created_at > :since").bind("u", user.value()).bind("t", token == null ? "" : token)
                .bind("since", clock.millis() - PREVIEW_TTL_MS).mapToMap().findOne())
                .orElseThrow(() -> new NotFoundException("This import preview has expired or was already imported;"
                        + " upload the files again."));
        List<TrackerFile> files = new ArrayList<>();
        try {
            for (JsonNode f : json.readTree((String) row.get("files"))) {
                files.add(new TrackerFile(f.path("name").asText(), Base64.getDecoder().decode(f.path("data").asText())));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored import preview is corrupt", e);
        }
        ImportCounts counts = importNow(user, (String) row.get("source"), files);
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM import_previews WHERE user_id = :u AND token = :t")
                .bind("u", user.value()).bind("t", token).execute());
        return counts;
    }

    /** Parses and imports at once (the command line); refused, writing nothing, if any row has a problem. */
    public ImportCounts importNow(UserId user, String source, List<TrackerFile> files) {
        return importNow(user, source, files, org.openplate.food.importer.Progress.NONE);
    }

    /** As {@link #importNow(UserId, String, List)}, reporting rows written as it goes. */
    public ImportCounts importNow(UserId user, String source, List<TrackerFile> files,
                                  org.openplate.food.importer.Progress progress) {
        return write(user, parse(source, files), progress);
    }

    /** Files read and checked once, for {@link #importChecked} after showing the preview (the command line). */
    public record Checked(Preview preview, TrackerData data) {
    }

    /** Counts and checks without keeping anything, holding the parsed rows for {@link #importChecked}. */
    public Checked check(UserId user, String source, List<TrackerFile> files) {
        TrackerData data = parse(source, files);
        return new Checked(preview(user, null, source, files, data), data);
    }

    /** Imports what {@link #check} read, without reading the files again; refused, writing nothing, if any row has a problem. */
    public ImportCounts importChecked(UserId user, Checked checked, org.openplate.food.importer.Progress progress) {
        return write(user, checked.data(), progress);
    }

    private ImportCounts write(UserId user, TrackerData data, org.openplate.food.importer.Progress progress) {
        if (!data.problems().isEmpty()) {
            TrackerData.Problem p = data.problems().get(0);
            throw new BadInputException("file", data.problems().size() + " problem(s); nothing was imported. First: "
                    + p.message());
        }
        BiFunction<Transaction, Long, FoodImports> foodImports = foods == null ? FoodImports::in : foods::imports;
        return Transaction.run(jdbi, tx -> {
            ImportCounts counts = new TrackerWriter(clock.millis(), progress, foodImports).write(tx, user, data);
            DataVersions.raise(tx, user.value());
            return counts;
        });
    }

    /** Counts and checks without keeping anything (the command line's --dry-run). */
    public Preview dryRun(UserId user, String source, List<TrackerFile> files) {
        return check(user, source, files).preview();
    }

    public int purge() {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM import_previews WHERE created_at < :t")
                .bind("t", clock.millis() - PREVIEW_TTL_MS).execute());
    }

    private static TrackerData parse(String source, List<TrackerFile> files) {
        if (source == null || !SOURCES.contains(source)) {
            throw new BadInputException("source", "Source must be myfitnesspal, cronometer, loseit or myplate.");
        }
        if (files.isEmpty()) {
            throw new BadInputException("file", "Choose the export file(s) to import.");
        }
        if (files.stream().mapToLong(f -> f.bytes().length).sum() > MAX_UPLOAD_BYTES) {
            throw new BadInputException("file", "The files must be at most 50 MB together.");
        }
        return TrackerImports.parse(source, files);
    }

    private Preview preview(UserId user, String token, String source, List<TrackerFile> files, TrackerData data) {
        List<String> ids = Stream.of(data.foods().stream().map(TrackerData.FoodRow::externalId),
                data.weights().stream().map(TrackerData.WeightRow::externalId),
                data.exercises().stream().map(TrackerData.ExerciseRow::externalId),
                data.notes().stream().map(TrackerData.NoteRow::externalId),
                data.water().stream().map(TrackerData.WaterRow::externalId)).flatMap(s -> s).toList();
        Set<String> known = new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT external_id FROM import_keys"
                + " WHERE user_id = :u AND source = :s").bind("u", user.value()).bind("s", "tracker:" + source)
                .mapTo(String.class).list()));
        int already = (int) ids.stream().filter(known::contains).count();
        List<LocalDate> days = Stream.of(data.foods().stream().map(TrackerData.FoodRow::day),
                data.weights().stream().map(TrackerData.WeightRow::day),
                data.exercises().stream().map(TrackerData.ExerciseRow::day),
                data.notes().stream().map(TrackerData.NoteRow::day),
                data.water().stream().map(TrackerData.WaterRow::day)).flatMap(s -> s).sorted().toList();
        return new Preview(token, source, files.stream().map(TrackerFile::name).toList(), data.foods().size(),
                data.weights().size(), data.exercises().size(), data.notes().size(), data.water().size(),
                days.isEmpty() ? null : days.get(0), days.isEmpty() ? null : days.get(days.size() - 1), already,
                data.problems());
    }
}
