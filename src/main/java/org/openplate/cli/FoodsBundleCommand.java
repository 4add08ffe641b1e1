package org.openplate.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openplate.food.FoodRecord;
import org.openplate.food.usda.FoodBundle;
import org.openplate.food.usda.Sr24Reader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Regenerates the bundled catalogue resource from USDA SR24 (a developer tool; the resource is
 * committed). See docs/food-data.md.
 */
@Command(name = "build-bundle", mixinStandardHelpOptions = true,
        description = "Generate the compact USDA SR24 food bundle shipped in the jar.")
final class FoodsBundleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sr24", required = true, description = "usda_sr24.zip (per-food XML, foods.index)")
    Path zip;

    @Option(names = "--nutrients", required = true, description = "nutrients.csv (name, unit, USDA number)")
    Path nutrients;

    @Option(names = "--out", required = true, description = "output .tsv.gz")
    Path out;

    @Override
    public Integer call() throws Exception {
        var foods = Sr24Reader.read(zip, nutrients);
        var cut = foods.stream().flatMap(f -> f.portions().stream().map(p -> f.sourceId() + ": " + p.name()))
                .filter(org.openplate.food.usda.PortionLabels::looksCut).toList();
        if (!cut.isEmpty()) {
            spec.commandLine().getErr().println("portion labels still cut short (add a rule to PortionLabels):");
            cut.forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        foods.sort(java.util.Comparator.comparing(FoodRecord::sourceId));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            FoodBundle.write(o, Sr24Reader.SOURCE, foods);
        }
        long portions = foods.stream().mapToLong(f -> f.portions().size()).sum();
        long values = foods.stream().mapToLong(f -> f.nutrients().per100g().size()).sum();
        spec.commandLine().getOut().printf("wrote %,d foods, %,d nutrient values, %,d portions to %s (%,d bytes)%n",
                foods.size(), values, portions, out, Files.size(out));
        return 0;
    }
}
