package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /media/ serves only files an upload would have stored: a file put in the media folder any other
 * way (an old restore wrote a 3 MiB non-image named like a GIF) is never served.
 */
class MediaFilesTest {

    @Test
    void onlyCheckedUploadsAreServed(@TempDir Path dir) throws Exception {
        ImageUploads uploads = new ImageUploads(dir);
        byte[] png = TestImages.png(4, 3, 0x336699);
        ArticleImage image = ImageUploads.inspect(png, Instant.EPOCH);
        uploads.write(image, png);
        assertEquals(Optional.of(dir.resolve(image.name())), uploads.file(image.name()));

        byte[] junk = new byte[3 * 1024 * 1024];
        new Random(3).nextBytes(junk);
        System.arraycopy("GIF89a".getBytes(), 0, junk, 0, 6);
        String gif = "0123456789abcdef0123456789abcdef.gif";
        Files.write(dir.resolve(gif), junk);
        assertTrue(uploads.file(gif).isEmpty(), "over 2 MiB and not an image: not served");

        String renamed = "fedcba9876543210fedcba9876543210.png";
        Files.write(dir.resolve(renamed), png);
        assertTrue(uploads.file(renamed).isEmpty(), "a valid image under a name that is not its own hash: not served");
    }
}
