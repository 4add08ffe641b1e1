package org.openplate.food.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One import format. Implementations stream their files (constant memory, whatever the size),
 * check every row with {@link FoodChecks}, send accepted foods to the sink, and report.
 */
public interface FoodImporter {

    /** The {@code --format} name: usda-sr, fdc-csv, off, csv. */
    String format();

    ImportReport run(List<Path> files, FoodSink sink, Progress progress) throws IOException;
}
