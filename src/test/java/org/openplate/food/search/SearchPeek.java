package org.openplate.food.search;

import org.openplate.food.BundledCatalog;
import org.openplate.food.FoodSummary;

/** Developer tool: prints the top results for queries given as arguments. */
public final class SearchPeek {
    public static void main(String[] args) {
        var s = BundledCatalog.service();
        for (String q : args) {
            System.out.println("== " + q);
            for (FoodSummary f : s.search(q, null, java.util.Set.of(), 5)) {
                System.out.println("   " + f.sourceId() + " " + f.name());
            }
        }
        System.exit(0);
    }
}
