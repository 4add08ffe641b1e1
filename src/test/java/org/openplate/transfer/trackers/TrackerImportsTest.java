package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openplate.common.BadInputException;

class TrackerImportsTest {

    @Test
    void unknownSourceIsBadInputOnSource() {
        BadInputException e = assertThrows(BadInputException.class, () -> TrackerImports.parse("fitbit", List.of()));
        assertEquals("source", e.field());
        assertTrue(e.getMessage().contains("myfitnesspal, cronometer, loseit, myplate"), e.getMessage());
    }

    @Test
    void noFilesIsFatal() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> TrackerImports.parse("cronometer", List.of()));
        assertTrue(e.getMessage().startsWith("No file was uploaded; accepted: servings.csv"), e.getMessage());
    }

    @Test
    void namesAreMatchedWithoutCaseOrFolder() {
        assertEquals("servings.csv", TrackerImports.name(new TrackerFile("C:\\Users\\me\\Servings (2).CSV",
                new byte[0])));
        assertEquals("nutrition-summary-2024.csv", TrackerImports.name(new TrackerFile("dl/Nutrition-Summary-2024.csv",
                new byte[0])));
    }

    @Test
    void emptyFileIsFatalNamingIt() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> TrackerImports.parse("cronometer", List.of(new TrackerFile("notes.csv", new byte[0]))));
        assertEquals("notes.csv: the file is empty (expected a header row)", e.getMessage());
    }
}
