package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is copied into the data directory once, and a damaged copy is replaced. */
class SqliteNativeLibraryTest {

    private static byte[] jarCopy() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertNotNull(in, "the driver ships a library for this platform");
            return in.readAllBytes();
        }
    }

    @Test
    void copiedOnceThenReusedAndRewrittenWhenDamaged(@TempDir Path dataDir) throws Exception {
        Path file = SqliteNativeLibrary.copyIn(dataDir);
        assertNotNull(file, "the driver's library comes from a jar");
        assertEquals(dataDir.resolve("native"), file.getParent().getParent());
        assertArrayEquals(jarCopy(), Files.readAllBytes(file));

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertEquals(file, SqliteNativeLibrary.copyIn(dataDir));
        assertEquals(old, Files.getLastModifiedTime(file), "an intact copy is not written again");

        Files.write(file, new byte[] {1, 2, 3});
        assertEquals(file, SqliteNativeLibrary.copyIn(dataDir));
        assertArrayEquals(jarCopy(), Files.readAllBytes(file), "a damaged copy is replaced");
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no partial files are left behind");
        }
    }

    @Test
    void theLibrarysFolderIsNotedForThisPlatformAndAskedAgainWhenTheNoteIsWrong(@TempDir Path dataDir) throws Exception {
        String driverFolder = LibraryLoaderUtil.getNativeLibResourcePath();
        Path nativeDir = dataDir.resolve("native");
        assertTrue(SqliteNativeLibrary.remembered(nativeDir).isEmpty(), "nothing noted before the first copy");
        Path file = SqliteNativeLibrary.copyIn(dataDir);
        assertEquals(Optional.of(driverFolder), SqliteNativeLibrary.remembered(nativeDir));

        Path note = nativeDir.resolve(SqliteNativeLibrary.FOLDER_FILE);
        String platformLine = Files.readAllLines(note).get(0);
        Files.writeString(note, "Plan 9 mips\n" + driverFolder + "\n");
        assertTrue(SqliteNativeLibrary.remembered(nativeDir).isEmpty(), "a note from another platform is not used");

        Files.writeString(note, platformLine + "\n/org/sqlite/native/Nowhere/none\n");
        assertEquals(file, SqliteNativeLibrary.copyIn(dataDir), "a folder without the library: the driver is asked");
        assertEquals(Optional.of(driverFolder), SqliteNativeLibrary.remembered(nativeDir), "and its answer noted");
        try (var left = Files.list(nativeDir)) {
            assertEquals(2, left.count(), "the library's folder and the note, no partial files");
        }
    }
}
