package org.openplate.module;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.openplate.config.Settings;
import org.openplate.storage.Database;

/** The shared infrastructure every feature module is built from. */
public record Infra(Settings settings, Database database, Clock clock, ObjectMapper json) {

    /** A folder under the data directory (media, uploads, index). */
    public Path dataDir(String name) {
        return settings.dataDir().resolve(name);
    }
}
