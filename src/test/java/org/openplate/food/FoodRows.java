package org.openplate.food;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BiConsumer;
import org.openplate.account.UserId;
import org.openplate.storage.Database;

/** Rows for the food package's storage tests: users and foods written as SQL, and a repository that notes its calls. */
final class FoodRows {

    private FoodRows() {
    }

    static UserId user(Database db, String name) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:email, 'x', 0) RETURNING id").bind("email", name + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    /** A food with only its energy, at row version 1000: a catalogue food without an owner, else the owner's own. */
    static long food(Database db, String name, double kcal, Long owner) {
        return db.jdbi().withHandle(h -> h.createQuery("INSERT INTO foods (source, source_id, owner_id, name, kcal,"
                        + " nutrients, portions, updated_at) VALUES (:source, :sid, :owner, :name, :kcal, :n, '[]', 1000) RETURNING id")
                .bind("source", owner == null ? "test" : "custom").bind("sid", "r" + System.nanoTime())
                .bind("owner", owner).bind("name", name).bind("kcal", kcal)
                .bind("n", "{\"energy\":" + kcal + "}").mapTo(Long.class).one());
    }

    /** {@code real}, telling {@code calls} the name and arguments of each call before it runs. */
    static FoodRepository noting(FoodRepository real, BiConsumer<String, Object[]> calls) {
        return (FoodRepository) Proxy.newProxyInstance(FoodRepository.class.getClassLoader(),
                new Class<?>[] {FoodRepository.class}, (proxy, method, args) -> {
                    calls.accept(method.getName(), args);
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
