package org.openplate.diary;

import java.time.Duration;
import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.food.FoodService;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.Job;
import org.openplate.module.WebKit;
import org.openplate.profile.GoalService;
import org.openplate.profile.ProfileService;
import org.openplate.web.Routes;

/** The food diary: meals, entries, recipes, quick add, copying, notes, water and the day's totals. */
public final class DiaryModule implements FeatureModule {

    /**
     * The JVM option that sets how many day views an instance keeps for reading requests (default
     * {@link DayCache#CAPACITY}; 0 turns keeping off), e.g. {@code JAVA_OPTS=-Dopenplate.dayCache.days=0}.
     */
    public static final String KEEP_DAYS_PROPERTY = "openplate.dayCache.days";

    private final Infra infra;
    private final AuthGuard guard;
    private final FoodService foods;
    private final DiaryServices diary;
    private final DiaryFacts facts;
    private final GetStartedCards cards;

    public DiaryModule(Infra infra, AuthGuard guard, FoodService foods, ProfileService profiles, GoalService goals,
                       ExerciseCalories burned) {
        this(infra, guard, foods, profiles, goals, burned, GetStartedCards.NONE);
    }

    /** {@code cards}: the "get started" card today's diary shows a new account (owned by another feature). */
    public DiaryModule(Infra infra, AuthGuard guard, FoodService foods, ProfileService profiles, GoalService goals,
                       ExerciseCalories burned, GetStartedCards cards) {
        this.cards = cards;
        this.infra = infra;
        this.guard = guard;
        this.foods = foods;
        JdbiDiaryRepository repository = new JdbiDiaryRepository(infra.database().jdbi(),
                infra.database().writesThroughCtes());
        org.openplate.storage.DataVersions versions = infra.database().versions();
        this.diary = DiaryServices.create(repository, foods, profiles, goals, burned, infra.clock(),
                u -> versions.of(u.value()), Integer.getInteger(KEEP_DAYS_PROPERTY, DayCache.CAPACITY));
        this.facts = new JdbiDiaryFacts(infra.database().jdbi());
    }

    /** The diary's services: the day read model, entries, meals, notes, foods and recipes. */
    public DiaryServices diary() {
        return diary;
    }

    /** The read model (day, week, totals per day) other features ask. */
    public DiaryDays days() {
        return diary.days();
    }

    /** Batch reads for the notification scheduler. */
    public DiaryFacts facts() {
        return facts;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new DiaryApi(diary, guard, infra.json()),
                new DiaryPages(diary.withCards(cards), foods, guard, web.views()),
                new RecipePages(diary.recipes(), foods, guard, web.views()));
    }

    /** Entries deleted (kept for undo) over a week ago are removed for good. */
    @Override
    public List<Job> jobs() {
        return List.of(Job.every("deleted diary entries", Duration.ofMinutes(1), Duration.ofHours(1), () -> {
            int n = diary.entries().purgeDeleted();
            if (n > 0) {
                org.slf4j.LoggerFactory.getLogger(DiaryModule.class).info("removed {} diary entr(ies) deleted over 7 days ago", n);
            }
        }));
    }
}
