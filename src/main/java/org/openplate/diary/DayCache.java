package org.openplate.diary;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openplate.profile.Profile;

/**
 * Day views this instance has built, kept while nothing they were built from has changed (issue 18). A
 * day view depends on the user's rows (entries, meals, recipes, custom foods, profile, goal, exercise,
 * settings, notes), on the catalogue's foods, and on which date is today in the user's time zone. Each
 * kept view carries the {@link Stamp} it was built under: the user's data version (raised, in the
 * database, after every change the user makes, on whichever instance; see
 * {@link org.openplate.storage.DataVersions}), the version of the foods as this instance sees them, and
 * today's date. A view is served only while all three are unchanged, so a cache hit is exactly the view a
 * rebuild would give; a miss rebuilds it. The user's profile is kept the same way, since reading it is
 * the first step of every day request (for the time zone and the date check).
 *
 * <p>At most {@link #CAPACITY} days are kept, with their JSON once an API request has rendered it. When
 * it is full, an eighth of the entries goes (in no particular order). Nothing here is the only copy of
 * anything: it is a cache of what the database holds, rebuilt from it after a restart.
 */
final class DayCache {

    /** How many days are kept: the today of about as many active users, or one user's five years. */
    static final int CAPACITY = 2048;

    /** What a day view was built under; it is valid while all three are unchanged. */
    record Stamp(long userVersion, long foodsVersion, LocalDate today) {
    }

    private record Key(long user, LocalDate day) {
    }

    /** A kept day: its view, and its JSON once rendered (the same bytes for every request that hits it). */
    static final class Kept {
        private final Stamp stamp;
        private final DayView view;
        private volatile byte[] json;

        private Kept(Stamp stamp, DayView view) {
            this.stamp = stamp;
            this.view = view;
        }

        DayView view() {
            return view;
        }

        /** The view rendered by {@code render}, rendered once and kept with the view. */
        byte[] json(Function<DayView, byte[]> render) {
            byte[] out = json;
            if (out == null) {
                out = render.apply(view);
                json = out;
            }
            return out;
        }
    }

    private record KeptProfile(long userVersion, Profile profile) {
    }

    private final int capacity;
    private final Map<Key, Kept> days = new ConcurrentHashMap<>();
    private final Map<Long, KeptProfile> profiles = new ConcurrentHashMap<>();

    DayCache() {
        this(CAPACITY);
    }

    DayCache(int capacity) {
        this.capacity = capacity;
    }

    /** The user's profile as of {@code userVersion}: kept, or read by {@code read} and kept. */
    Profile profile(long user, long userVersion, Supplier<Profile> read) {
        KeptProfile kept = profiles.get(user);
        if (kept != null && kept.userVersion() == userVersion) {
            return kept.profile();
        }
        Profile p = read.get();
        if (capacity > 0) {
            trim(profiles);
            profiles.put(user, new KeptProfile(userVersion, p));
        }
        return p;
    }

    /** The user's day as of {@code stamp}: kept, or built by {@code build} and kept. */
    Kept day(long user, LocalDate day, Stamp stamp, Supplier<DayView> build) {
        Key key = new Key(user, day);
        Kept kept = days.get(key);
        if (kept != null && kept.stamp.equals(stamp)) {
            return kept;
        }
        Kept fresh = new Kept(stamp, build.get());
        if (capacity > 0) {
            trim(days);
            days.put(key, fresh);
        }
        return fresh;
    }

    /** A view built for one request and not kept (the cache is off). */
    static Kept unkept(DayView view) {
        return new Kept(null, view);
    }

    int capacity() {
        return capacity;
    }

    /** How many days are kept now (for tests). */
    int size() {
        return days.size();
    }

    private void trim(Map<?, ?> map) {
        if (map.size() < capacity) {
            return;
        }
        int drop = Math.max(1, capacity / 8);
        Iterator<?> it = map.keySet().iterator();
        while (drop-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
