package org.openplate.diary;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.openplate.account.UserId;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.food.FoodService;
import org.openplate.food.JdbiFoodRepository;
import org.openplate.food.search.FoodIndex;
import org.openplate.profile.GoalService;
import org.openplate.profile.JdbiGoalRepository;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.ProfileService;
import org.openplate.storage.Database;

/** The diary's services over one test database, with users and foods made to measure. */
final class DiaryFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    final Database db;
    final DiaryServices diary;

    DiaryFixture(Database db, ExerciseCalories exercise) {
        this.db = db;
        JdbiFoodRepository foodRepo = new JdbiFoodRepository(db.jdbi(), new ObjectMapper(), CLOCK);
        FoodService foods = new FoodService(foodRepo, new FoodIndex(foodRepo, null));
        ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()), new CalorieGoalCalculator(),
                CLOCK);
        this.diary = DiaryServices.create(new JdbiDiaryRepository(db.jdbi()), foods, profiles,
                new GoalService(new JdbiGoalRepository(db.jdbi()), profiles, CLOCK), exercise, CLOCK);
    }

    UserId user(String name) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", name + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    /** A public food with {@code kcal} and {@code protein} g per 100 g and a 200 g "cup". */
    long food(double kcal, double protein) {
        String id = "f" + System.nanoTime();
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO foods (source, source_id, name, nutrients, portions,"
                        + " updated_at) VALUES ('test', :id, :name, :n, '[{\"name\":\"cup\",\"grams\":200.0}]', 0)")
                .bind("id", id).bind("name", "Food " + id)
                .bind("n", "{\"energy\":" + kcal + ",\"protein\":" + protein + "}").execute());
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM foods WHERE source_id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    static AddEntryRequest food(LocalDate day, Long meal, long food, double amount, String portion) {
        return new AddEntryRequest(day, meal, new NewEntry.FoodPortion(food, amount, portion));
    }

    static AddEntryRequest quick(LocalDate day, Long meal, double kcal, Double protein) {
        return new AddEntryRequest(day, meal, new NewEntry.QuickAdd("Snack", kcal, protein, null, null));
    }

    static UpdateEntryRequest change(Double amount, String portion) {
        return new UpdateEntryRequest(null, null, amount, portion, null, null, null, null, null);
    }
}
