package org.openplate.cli;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openplate.App;
import org.openplate.common.BadInputException;
import org.openplate.config.Settings;
import org.openplate.food.FoodService;
import org.openplate.food.FoodSummary;
import org.openplate.food.FoodModule;
import org.openplate.Features;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code foods search "banana" [--limit N] [--json]}: the same ranking as the web search. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the food catalogue.")
final class FoodsSearchCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "QUERY")
    String query;
    @Option(names = "--limit", defaultValue = "10", description = "1-50 (default 10)")
    int limit;
    @Option(names = "--json", description = "print the API's JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Settings settings = server.settings();
        try (Features features = Features.open(settings, Clock.systemUTC())) {
            // An in-memory index: a running server holds the on-disk one.
            FoodModule module = FoodModule.inMemory(features.infra());
            try {
                FoodService foods = module.foods();
                module.prepareBundle();
                List<FoodSummary> hits = foods.search(query, null, Set.of(), limit);
                var out = spec.commandLine().getOut();
                if (json) {
                    out.println(App.objectMapper().writeValueAsString(java.util.Map.of("items", hits)));
                } else {
                    int i = 1;
                    for (FoodSummary f : hits) {
                        out.printf("%2d. %s%n    %s · %s %s · %s kcal/100 g%n", i++, f.displayName(), f.name(),
                                f.source(), f.sourceId(), f.kcalPer100g() == null ? "?" : Math.round(f.kcalPer100g()));
                    }
                    if (hits.isEmpty()) {
                        out.println("no foods match \"" + query + "\"");
                    }
                }
                out.flush();
                return 0;
            } finally {
                module.close();
            }
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
