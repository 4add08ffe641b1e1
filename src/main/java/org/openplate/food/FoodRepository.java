package org.openplate.food;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.openplate.account.UserId;

/** Storage port for the catalogue and custom foods. Visibility: public foods plus the viewer's own. */
public interface FoodRepository {

    /** Counts from one batched upsert. */
    record UpsertCounts(int inserted, int updated) {
    }

    /** What the search index needs of a food, streamed without decoding nutrients. */
    record IndexRow(long id, String source, String sourceId, Long ownerId, String name, String brand, String foodGroup,
                    String barcode, Double kcal, boolean deleted, long updatedAt) {
    }

    /** Inserts or updates by (source, sourceId) in one transaction. Owner null = public. */
    UpsertCounts upsertAll(List<FoodRecord> foods, Long ownerId);

    /** A food visible to the viewer (public, or owned by them); viewer may be null (anonymous). */
    Optional<Food> find(long id, UserId viewer);

    Optional<Food> findBySource(String source, String sourceId, UserId viewer);

    List<Food> findAll(List<Long> ids, UserId viewer);

    /** Like {@link #findAll} but also the viewer's deleted custom foods (still shown where they were logged). */
    List<Food> findLogged(java.util.Collection<Long> ids, UserId viewer);

    /** Search results for these ids (visible to the viewer), in the order of {@code ids}, without decoding nutrients. */
    List<FoodSummary> summaries(List<Long> ids, UserId viewer);

    Optional<Food> findByBarcode(String normalisedBarcode, UserId viewer);

    /** Streams every food changed at or after {@code sinceMillis} (including soft-deleted ones). */
    void scan(long sinceMillis, Consumer<IndexRow> consumer);

    long countPublic();

    /** Soft-deletes a custom food of the owner; false when it is not theirs. */
    boolean deleteCustom(UserId owner, long id);

    Optional<String> bundleVersion(String source);

    void recordBundle(String source, String version, int count);
}
