package org.openplate.browser;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The browser console since the last call: errors, and Content-Security-Policy violations of any level. */
final class Console {

    private Console() {
    }

    static List<String> problems(WebDriver b) {
        return b.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"))
                // the browser asks for /favicon.ico by itself; a missing icon is not a page error
                .map(LogEntry::getMessage).filter(m -> !m.contains("/favicon.ico ")).toList();
    }
}
