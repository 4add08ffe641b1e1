package org.openplate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary data directories of the hidden {@code train} and {@code seed} commands. */
final class ThrowawayDirectory {

    private ThrowawayDirectory() {
    }

    /** Deletes {@code dir} and everything under it, deepest first. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
