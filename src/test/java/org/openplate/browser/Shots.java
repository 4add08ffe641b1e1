package org.openplate.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Screenshots of a journey's steps, for a person to look at: only when -Dopenplate.shots names a folder. */
final class Shots {

    private Shots() {
    }

    static void save(WebDriver b, String name) {
        String dir = System.getProperty("openplate.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path out = Path.of(dir);
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".png"), ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
