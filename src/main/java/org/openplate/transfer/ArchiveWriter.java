package org.openplate.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/**
 * Writes one user's full export: {@code openplate-export.json} (a versioned document holding every
 * row of the user's tables) and {@code images/…} (images the user uploaded), in a zip. Catalogue
 * foods the data refers to are named by their source and source id, since their row ids differ
 * between instances.
 */
final class ArchiveWriter {

    static final String FORMAT = "openplate-export";
    static final int VERSION = 1;
    static final String DOCUMENT = "openplate-export.json";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    ArchiveWriter(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /** Rows read from the database at a time while exporting (PostgreSQL reads them through a cursor). */
    private static final int FETCH = 500;

    /**
     * Writes the export document (tables in dependency order) to {@code out} as it reads it, one row at a
     * time, and returns the names of the article images it lists. Nothing holds the whole document: years of
     * diary used to be built as a tree, then as one byte array, which needed hundreds of MB of heap.
     */
    private List<String> document(UserId user, Instant now, OutputStream out) {
        return jdbi.inTransaction(h -> {
            List<String> images = new ArrayList<>();
            // a value at a time, without the flush that ObjectMapper.writeValue does after each one
            ObjectWriter values = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeStringField("exportedAt", now.toString());
                Map<String, Object> account = h.createQuery("SELECT email, created_at FROM users WHERE id = :u")
                        .bind("u", user.value()).mapToMap().one();
                String email = (String) account.get("email");
                long createdAt = ((Number) account.get("created_at")).longValue();
                g.writeObjectFieldStart("account");
                g.writeStringField("email", email);
                g.writeNumberField("createdAt", createdAt);
                g.writeStringField("origin", origin(user.value(), email, createdAt));
                g.writeEndObject();
                g.writeObjectFieldStart("tables");
                for (UserTables.Table t : UserTables.ALL) {
                    g.writeArrayFieldStart(t.name());
                    boolean articleImages = "article_images".equals(t.name());
                    rows(h, t, user, row -> {
                        try {
                            g.writeStartObject();
                            for (Map.Entry<String, Object> e : row.entrySet()) {
                                String column = e.getKey().toLowerCase(java.util.Locale.ROOT);
                                if (!e.getKey().equals(t.userColumn())) {
                                    g.writeFieldName(column);
                                    values.writeValue(g, e.getValue());
                                }
                                if (articleImages && "name".equals(column) && e.getValue() instanceof String name) {
                                    images.add(name);
                                }
                            }
                            g.writeEndObject();
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeObjectFieldStart("catalogueFoods");
                try (var foods = h.createQuery("SELECT DISTINCT f.id, f.source, f.source_id FROM foods f"
                                + " WHERE f.owner_id IS NULL AND f.id IN ("
                                + " SELECT food_id FROM diary_entries WHERE user_id = :u AND food_id IS NOT NULL UNION"
                                + " SELECT food_id FROM recipe_ingredients WHERE user_id = :u)")
                        .bind("u", user.value()).setFetchSize(FETCH).mapToMap().stream()) {
                    for (Map<String, Object> m : (Iterable<Map<String, Object>>) foods::iterator) {
                        g.writeObjectFieldStart(String.valueOf(m.get("id")));
                        g.writeStringField("source", (String) m.get("source"));
                        g.writeStringField("sourceId", (String) m.get("source_id"));
                        g.writeEndObject();
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return images;
        });
    }

    /** Hands each of the user's rows of {@code t} to {@code each}, in id order, without holding them all. */
    static void rows(Handle h, UserTables.Table t, UserId user, Consumer<Map<String, Object>> each) {
        String order = t.id() != null ? " ORDER BY x." + t.id() : "";
        String sql = "SELECT x.* FROM " + t.name() + " x WHERE x." + t.userColumn() + " = :u" + order;
        try (var rows = h.createQuery(sql).bind("u", user.value()).setFetchSize(FETCH).mapToMap().stream()) {
            rows.forEach(each);
        }
    }

    /** A stable id for the account an export came from (same account, same origin, export after export). */
    static String origin(long userId, String email, long createdAt) {
        return org.openplate.account.Tokens.sha256(userId + ":" + email + ":" + createdAt).substring(0, 24);
    }

    /** Writes the zip: the document, then each uploaded image whose bytes are stored. */
    void write(UserId user, Instant now, OutputStream out) {
        // The document is read in one transaction into a temporary file, then sent: the transaction lasts as
        // long as the disk takes, not as long as a slow download does (on SQLite it holds the one writer's turn).
        java.nio.file.Path spool = null;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            spool = java.nio.file.Files.createTempFile("openplate-export-", ".json");
            List<String> images;
            try (OutputStream file = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(spool))) {
                images = document(user, now, file);
            }
            zip.putNextEntry(new ZipEntry(DOCUMENT));
            java.nio.file.Files.copy(spool, zip);
            zip.closeEntry();
            for (String name : images) {
                byte[] bytes = ArchiveReader.IMAGE_NAME.matcher(name).matches() ? imageBytes(name) : null;
                if (bytes != null) {
                    zip.putNextEntry(new ZipEntry("images/" + name));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                try {
                    java.nio.file.Files.deleteIfExists(spool);
                } catch (IOException e) {
                    spool.toFile().deleteOnExit();
                }
            }
        }
    }

    private byte[] imageBytes(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT bytes FROM media_objects WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> rs.getBytes(1)).findOne().orElse(null));
    }
}
