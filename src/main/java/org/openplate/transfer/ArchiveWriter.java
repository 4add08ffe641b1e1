package org.openplate.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** The export document as a tree (tables in dependency order). */
    ObjectNode document(UserId user, Instant now) {
        return jdbi.inTransaction(h -> {
            ObjectNode doc = json.createObjectNode();
            doc.put("format", FORMAT);
            doc.put("version", VERSION);
            doc.put("exportedAt", now.toString());
            Map<String, Object> account = h.createQuery("SELECT email, created_at FROM users WHERE id = :u")
                    .bind("u", user.value()).mapToMap().one();
            ObjectNode acc = doc.putObject("account");
            acc.put("email", (String) account.get("email"));
            acc.put("createdAt", ((Number) account.get("created_at")).longValue());
            acc.put("origin", origin(user.value(), (String) account.get("email"), ((Number) account.get("created_at"))
                    .longValue()));
            ObjectNode tables = doc.putObject("tables");
            for (UserTables.Table t : UserTables.ALL) {
                ArrayNode rows = tables.putArray(t.name());
                for (Map<String, Object> row : rows(h, t, user)) {
                    ObjectNode r = rows.addObject();
                    row.forEach((k, v) -> {
                        if (!k.equals(t.userColumn())) {
                            r.putPOJO(k.toLowerCase(java.util.Locale.ROOT), v);
                        }
                    });
                }
            }
            ObjectNode foods = doc.putObject("catalogueFoods");
            h.createQuery("SELECT DISTINCT f.id, f.source, f.source_id FROM foods f WHERE f.owner_id IS NULL AND f.id IN ("
                            + " SELECT food_id FROM diary_entries WHERE user_id = :u AND food_id IS NOT NULL UNION"
                            + " SELECT food_id FROM recipe_ingredients WHERE user_id = :u)").bind("u", user.value()).mapToMap()
                    .forEach(m -> foods.putObject(String.valueOf(m.get("id"))).put("source", (String) m.get("source"))
                            .put("sourceId", (String) m.get("source_id")));
            return doc;
        });
    }

    static List<Map<String, Object>> rows(Handle h, UserTables.Table t, UserId user) {
        String order = t.id() != null ? " ORDER BY x." + t.id() : "";
        String sql = "SELECT x.* FROM " + t.name() + " x WHERE x." + t.userColumn() + " = :u" + order;
        return h.createQuery(sql).bind("u", user.value()).mapToMap().list();
    }

    /** A stable id for the account an export came from (same account, same origin, export after export). */
    static String origin(long userId, String email, long createdAt) {
        return org.openplate.account.Tokens.sha256(userId + ":" + email + ":" + createdAt).substring(0, 24);
    }

    /** Writes the zip: the document, then each uploaded image whose bytes are stored. */
    void write(UserId user, Instant now, OutputStream out) {
        ObjectNode doc = document(user, now);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(DOCUMENT));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
            zip.closeEntry();
            for (var image : doc.path("tables").path("article_images")) {
                String name = image.path("name").asText();
                byte[] bytes = ArchiveReader.IMAGE_NAME.matcher(name).matches() ? imageBytes(name) : null;
                if (bytes != null) {
                    zip.putNextEntry(new ZipEntry("images/" + name));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] imageBytes(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT bytes FROM media_objects WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> rs.getBytes(1)).findOne().orElse(null));
    }
}
