package org.openplate.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempTreesTest {

    @Test
    void deletesADirectoryWithEverythingUnderItAndIgnoresOneThatIsGone() throws Exception {
        Path root = TempTrees.untilExit("openplate-temp-trees");
        assertTrue(Files.isDirectory(root));
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/test.db"), "x");
        Files.writeString(root.resolve("a/test.db-wal"), "y");
        TempTrees.delete(root);
        assertFalse(Files.exists(root));
        TempTrees.delete(root); // already gone: nothing to do
        assertFalse(Files.exists(root));
    }
}
