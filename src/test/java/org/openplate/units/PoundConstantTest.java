package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openplate.energy.WeeklyGoal;

/**
 * The pound is defined once: in the energy core (which the architecture keeps independent of this
 * package), and {@link Measures#KG_PER_LB} names the same value. Everyone else converts through
 * {@link Measures}. The tracker-import package is a known exception, left to its own renovation.
 */
class PoundConstantTest {

    @Test
    void thePoundIsWrittenOnceInTheMainSources() throws IOException {
        Path root = Path.of("src/main/java/org/openplate");
        List<String> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String code = Files.readString(p).replaceAll("(?m)^\\s*(/\\*\\*|\\*).*$", "");
                            return code.contains("0.45359237") || code.contains("2.2046");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(List.of("energy/WeeklyGoal.java"), files);
        assertEquals(WeeklyGoal.KG_PER_LB, Measures.KG_PER_LB, 0);
        assertEquals(5 * 0.45359237, Measures.lbToKg(5), 1e-12);
    }
}
