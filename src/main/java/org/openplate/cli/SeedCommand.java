package org.openplate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openplate.App;
import org.openplate.config.Settings;
import org.openplate.food.FoodModule;
import org.openplate.module.Infra;
import org.openplate.storage.DataDirectorySeed;
import org.openplate.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes the ready-made data directory that a first start unpacks ({@link DataDirectorySeed}): migrates a new
 * SQLite database, loads the bundled catalogue into it and builds its search index, exactly as a first start
 * would, then packs the result. The build runs it ({@code mvn package}, see pom.xml) and puts the file in the
 * jar. Not for users, so hidden from the help.
 */
@Command(name = "seed", hidden = true, description = "Make the ready-made data directory for the jar (used by the build).")
final class SeedCommand implements Callable<Integer> {

    /**
     * The catalogue's rows are stamped with this instant instead of the build's time: rows a user adds later are
     * then newer than every catalogue row (the index syncs by that stamp) even on a machine whose clock is
     * behind the build's, and the same sources give the same catalogue rows.
     */
    static final Instant STAMP = Instant.parse("2000-01-01T00:00:00Z");

    @Option(names = "--out", required = true, description = "The file to write (a zip).")
    Path out;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path work = Files.createTempDirectory("openplate-seed");
        try {
            int foods = build(work);
            long bytes = DataDirectorySeed.pack(work, out);
            System.err.printf("Seed: %,d bundled foods with their search index, %,d bytes, written to %s in %.1f s%n",
                    foods, bytes, out, (System.nanoTime() - t0) / 1e9);
            return 0;
        } finally {
            ThrowawayDirectory.delete(work);
        }
    }

    /** A first start's database and index in {@code dir}, everything closed; returns the catalogue's size. */
    static int build(Path dir) {
        Settings settings = Settings.defaults().withDataDir(dir);
        try (Database db = Database.open(settings)) {
            Infra infra = new Infra(settings, db, Clock.fixed(STAMP, ZoneOffset.UTC), App.objectMapper());
            FoodModule food = new FoodModule(infra, null, user -> Optional.empty(), user -> Set.of());
            int[] foods = {0};
            try {
                food.prepareBundle((loaded, total) -> {
                    foods[0] = (int) loaded;
                    System.err.printf("Seed: %,d of %,d bundled foods loaded and indexed%n", loaded, total);
                });
                return foods[0];
            } finally {
                food.close();
            }
        }
    }
}
