package org.openplate.transfer;

import java.util.List;
import java.util.function.Supplier;
import org.openplate.account.AuthGuard;
import org.openplate.config.Settings;
import org.openplate.diary.DiaryDays;
import org.openplate.food.FoodService;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.WebKit;
import org.openplate.web.BodyLimits;
import org.openplate.web.Routes;
import org.openplate.weight.WeightService;

/** The user's data in and out: full export and restore, CSV exports, imports from other trackers. */
public final class TransferModule implements FeatureModule {

    private final Infra infra;
    private final AuthGuard guard;
    private final Supplier<DiaryDays> diary;
    private final Supplier<WeightService> weights;
    private final TransferService archives;
    private final TrackerImportService trackerImports;
    private final Supplier<FoodService> foods;
    private TransferService transfer;

    /**
     * The diary and weight services are asked for only by the CSV exports, so the command line's export
     * and restore never open the food search index a running server holds.
     */
    public TransferModule(Infra infra, AuthGuard guard, Supplier<DiaryDays> diary, Supplier<WeightService> weights,
                          Supplier<FoodService> foods) {
        this.infra = infra;
        this.foods = foods;
        this.guard = guard;
        this.diary = diary;
        this.weights = weights;
        this.archives = TransferService.forArchives(infra.database().jdbi(), infra.json(), infra.clock());
        this.trackerImports = new TrackerImportService(infra.database().jdbi(), infra.json(), infra.clock());
    }

    /** Export, restore and the CSV exports. */
    public synchronized TransferService transfer() {
        if (transfer == null) {
            transfer = new TransferService(infra.database().jdbi(), infra.json(), infra.clock(),
                    diary.get(), weights.get());
        }
        return transfer;
    }

    /** Export and restore only (no CSV), for the command line. */
    public TransferService archives() {
        return archives;
    }

    /** Other trackers' imports, for the command line (running servers find the new foods on their next sync). */
    public TrackerImportService trackerImports() {
        return trackerImports;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new TransferPages(transfer(), guard, web.views()),
                new TrackerImportPages(trackerImports.refreshingSearchOf(foods.get()), guard, web.views()));
    }

    @Override
    public List<BodyLimits.Upload> uploads() {
        return List.of(
                BodyLimits.Upload.of("POST", "/account/data/restore", null, Settings.USER_UPLOAD_BYTES),
                BodyLimits.Upload.of("POST", "/account/import", null, Settings.USER_UPLOAD_BYTES),
                BodyLimits.Upload.of("POST", "/api/v1/import/[^/]+", null, Settings.USER_UPLOAD_BYTES));
    }
}
