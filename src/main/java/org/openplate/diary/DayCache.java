package org.openplate.diary;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.openplate.common.BoundedMaps;
import org.openplate.common.Gzip;
import org.openplate.profile.Profile;

/**
 * Day summaries this instance has rendered, kept while nothing they were built from has changed (issue 18).
 * A day depends on the user's rows (entries, meals, recipes, custom foods, profile, goal, exercise,
 * settings, notes), on the catalogue's foods, and on which date is today in the user's time zone. Each
 * kept day carries the {@link Stamp} it was built under: the user's data version (raised, in the
 * database, after every change the user makes, on whichever instance; see
 * {@link org.openplate.storage.DataVersions}), the version of the foods as this instance sees them, and
 * today's date. A day is served only while all three are unchanged, so a hit is exactly what a rebuild
 * would give; a miss rebuilds it. The user's profile is kept the same way, since reading it is the first
 * step of every day request (for the time zone and the date check), and so is what every day is built
 * with (meals, diary settings, the goal in force, and the recipes days built with it have read; see
 * {@link #standing}), so that a day not kept yet reads only its own rows.
 *
 * <p>Only the rendered JSON is kept, gzip-compressed ({@link Json}; a day of 15 entries is about 14 kB of JSON
 * and 3.5 kB kept), at most {@link #CAPACITY} days and at most {@link #BYTES_PER_DAY} kept bytes per day of
 * capacity in all (16 MiB for 4,096 days), so that users who log many foods a day cannot make it hold more.
 * Clients that accept gzip get the kept bytes as they are; others get them inflated, which costs far less than
 * building the day again. Kept plain, 1,024 days filled the same 16 MiB: a user paging through five years of
 * days came back to each after it had been dropped, so every day was built again and its JSON, kept for a
 * while, filled the old generation (docs/benchmarks.md, twenty-second round). When either limit is passed, an eighth of the days
 * goes (in no particular order), and more while the bytes are still over seven eighths of their limit;
 * a single day bigger than an eighth of the byte limit is not kept. Nothing here is the only copy of
 * anything: it is a cache of what the database holds, rebuilt from it after a restart.
 */
final class DayCache {

    /** How many days are kept: today's summary of about as many active users, about 15 MB compressed. */
    static final int CAPACITY = 4096;

    /** The byte budget per day of capacity: a little more than a 15-entry day's compressed JSON. */
    static final int BYTES_PER_DAY = 4 * 1024;

    /** What a day was built under; it is valid while all three are unchanged. */
    record Stamp(long userVersion, long foodsVersion, LocalDate today) {
    }

    private record Key(long user, LocalDate day) {
    }

    private record Kept(Stamp stamp, Json json) {
    }

    /** A day's JSON: as rendered ({@code gzip} false), or compressed as kept. */
    record Json(byte[] bytes, boolean gzip) {
        /** The JSON itself. */
        byte[] plain() {
            return gzip ? Gzip.decompress(bytes) : bytes;
        }
    }

    private record KeptProfile(long userVersion, Profile profile) {
    }

    private record KeptStanding(long userVersion, LocalDate today, DiaryDays.Standing standing) {
    }

    private final int capacity;
    private final long maxBytes;
    private final Map<Key, Kept> days = new ConcurrentHashMap<>();
    /** The JSON bytes the kept days hold, kept exact by adjusting it on every put and removal. */
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private final Map<Long, KeptProfile> profiles = new ConcurrentHashMap<>();
    private final Map<Long, KeptStanding> standings = new ConcurrentHashMap<>();
    /** Days rendered once and not kept yet, with the stamp they were rendered under (see {@link #readBefore}). */
    private final Map<Key, Stamp> seen = new ConcurrentHashMap<>();

    /** How many once-read days are remembered per day of capacity (about 100 bytes each). */
    static final int SEEN_PER_DAY = 4;

    DayCache(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.maxBytes = (long) this.capacity * BYTES_PER_DAY;
    }

    /** The bytes of JSON kept now (for tests). */
    long bytes() {
        return bytes.get();
    }

    /** How many once-read days are remembered now (for tests). */
    int seenCount() {
        return seen.size();
    }

    int capacity() {
        return capacity;
    }

    /** The user's profile as of {@code userVersion}: kept, or read by {@code read} and kept. */
    Profile profile(long user, long userVersion, Supplier<Profile> read) {
        KeptProfile kept = profiles.get(user);
        if (kept != null && kept.userVersion() == userVersion) {
            return kept.profile();
        }
        Profile p = read.get();
        if (capacity > 0) {
            BoundedMaps.makeRoom(profiles, capacity, user);
            profiles.put(user, new KeptProfile(userVersion, p));
        }
        return p;
    }

    /**
     * What every day of the user's diary is built with (meals, settings, the goal in force) as of
     * {@code userVersion} on {@code today}: kept, or read by {@code read} and kept. The goal depends on
     * today's date (the user's age), so a new day reads it again.
     */
    DiaryDays.Standing standing(long user, long userVersion, LocalDate today, Supplier<DiaryDays.Standing> read) {
        KeptStanding kept = standings.get(user);
        if (kept != null && kept.userVersion() == userVersion && kept.today().equals(today)) {
            return kept.standing();
        }
        DiaryDays.Standing s = read.get();
        if (capacity > 0) {
            BoundedMaps.makeRoom(standings, capacity, user);
            standings.put(user, new KeptStanding(userVersion, today, s));
        }
        return s;
    }

    /**
     * The user's day as of {@code stamp}: kept (compressed), or rendered by {@code render} (and kept from its
     * second rendering under the same stamp on).
     */
    Json day(long user, LocalDate day, Stamp stamp, Supplier<byte[]> render) {
        Key key = new Key(user, day);
        Kept kept = days.get(key);
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.json();
        }
        if (kept != null && days.remove(key, kept)) {
            bytes.addAndGet(-kept.json().bytes().length);       // out of date: it goes now, not when evicted
        }
        byte[] json = render.get();
        if (capacity > 0 && readBefore(key, stamp)) {
            byte[] gzip = Gzip.compress(json);
            if (gzip.length <= maxBytes / 8) {
                Kept old = days.put(key, new Kept(stamp, new Json(gzip, true)));
                long total = bytes.addAndGet(gzip.length - (old == null ? 0 : old.json().bytes().length));
                if (days.size() > capacity || total > maxBytes) {
                    shed(key);
                }
            }
        }
        return new Json(json, false);
    }

    /**
     * Whether this day was rendered before under the same stamp; if not, that it now was is remembered
     * (the key and stamp only, at most {@link #SEEN_PER_DAY} per day of capacity). A day is kept only when
     * it is read a second time unchanged: a day read once, or changed between every two reads (a user
     * logging a meal item by item, or any write-heavy load), would otherwise fill the cache with copies
     * that are never served, and each of them outlives a young collection, so the old generation filled
     * at megabytes a second with garbage and full collections came every few seconds.
     */
    private boolean readBefore(Key key, Stamp stamp) {
        Stamp before = seen.get(key);
        if (stamp.equals(before)) {
            seen.remove(key, before);
            return true;
        }
        BoundedMaps.makeRoom(seen, capacity * SEEN_PER_DAY, key);
        seen.put(key, stamp);
        return false;
    }

    /** Drops an eighth of the days (at least one), and more while the bytes are over 7/8 of the limit. */
    private void shed(Key keep) {
        int drop = Math.max(1, capacity / 8);
        for (var it = days.entrySet().iterator(); it.hasNext() && (drop > 0 || bytes.get() > maxBytes / 8 * 7); ) {
            Map.Entry<Key, Kept> e = it.next();
            if (!e.getKey().equals(keep) && days.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().json().bytes().length);
                drop--;
            }
        }
    }
}
