package org.openplate.weight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.account.UserId;
import org.openplate.common.NotFoundException;
import org.openplate.energy.TrendWeight;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;
import org.openplate.units.UnitSystem;

/**
 * Weigh-ins (add, change, delete, import) and the trend weight with its weekly rate. Requests arrive
 * typed and checked ({@link WeightRequests}, {@link WeighInCsv}); the profile's weight follows the
 * latest weigh-in.
 */
public final class WeightService {

    private final WeightRepository repo;
    private final ProfileService profiles;
    private final Clock clock;

    public WeightService(WeightRepository repo, ProfileService profiles, Clock clock) {
        this.repo = repo;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The weigh-ins and trend over a range, in the user's units. */
    public record Series(LocalDate from, LocalDate to, List<WeighIn> weighIns, List<TrendWeight.Point> points,
                         Double latestTrendKg, double weeklyRateKg, Double targetKg, UnitSystem units) {
    }

    /** What a CSV import did: rows read, weigh-ins added, and each rejected row with its reason. */
    public record ImportResult(int read, int inserted, List<String> rejected) {
    }

    public UnitSystem units(UserId user) {
        return profiles.get(user).units();
    }

    /** Adds a weigh-in on its date (default today); the weight is required. */
    public WeighIn add(UserId user, WeighInRequest r) {
        if (r.weightKg() == null) {
            throw new IllegalArgumentException("a new weigh-in needs its weight");
        }
        WeighIn saved = repo.insert(user, List.of(weighIn(profiles.get(user), 0, r, null)), clock.millis()).get(0);
        syncProfile(user);
        return saved;
    }

    /**
     * The weight a user gave at sign-up or first typed on the profile, as the first weigh-in on {@code day}:
     * only when the user has no weigh-in yet, so it never adds a second one. Returns whether it added one.
     */
    public boolean recordFirst(UserId user, LocalDate day, double kg) {
        if (repo.latest(user).isPresent()) {
            return false;
        }
        add(user, new WeighInRequest(day, kg, null, null));
        return true;
    }

    /**
     * Today's weight from a quick form (the diary's "get started" card): changes today's weigh-in when
     * there is one (such as the weight given at sign-up), else adds one, so a day never gets two.
     */
    public WeighIn logToday(UserId user, double kg) {
        LocalDate today = today(user);
        List<WeighIn> todays = repo.list(user, today, today);
        return todays.isEmpty() ? add(user, new WeighInRequest(today, kg, null, null))
                : update(user, todays.get(0).id(), new WeighInRequest(null, kg, null, null));
    }

    /** How many weigh-ins the user has. */
    public int count(UserId user) {
        return repo.list(user, WeightRequests.FIRST_DAY, today(user).plusDays(1)).size();
    }

    /** Changes a weigh-in: the values given replace the stored ones, the others stay. */
    public WeighIn update(UserId user, long id, WeighInRequest r) {
        WeighIn before = get(user, id);
        WeighIn w = weighIn(profiles.get(user), id, r, before);
        repo.update(user, w);
        syncProfile(user);
        return w;
    }

    public WeighIn get(UserId user, long id) {
        return repo.find(user, id).orElseThrow(() -> new NotFoundException("No weigh-in with id " + id + "."));
    }

    public void delete(UserId user, long id) {
        if (!repo.delete(user, id)) {
            throw new NotFoundException("No weigh-in with id " + id + ".");
        }
        syncProfile(user);
    }

    /** Adds the weigh-ins a CSV import read, in one transaction, and reports the lines rejected. */
    ImportResult importCsv(UserId user, WeighInCsv.Parsed parsed) {
        Profile p = profiles.get(user);
        List<WeighIn> rows = parsed.rows().stream().map(r -> weighIn(p, 0, r, null)).toList();
        repo.insert(user, rows, clock.millis());
        if (!rows.isEmpty()) {
            syncProfile(user);
        }
        return new ImportResult(parsed.read(), rows.size(), parsed.rejected());
    }

    /** The profile's weight follows the latest weigh-in, so goals and exercise calories use it. */
    private void syncProfile(UserId user) {
        repo.latest(user).ifPresent(w -> profiles.recordWeight(user, w.weightKg()));
    }

    /** The trend over [from, to]; the trend is computed from the first weigh-in ever, so it is warm at {@code from}. */
    public Series series(UserId user, LocalDate from, LocalDate to) {
        Profile p = profiles.get(user);
        List<WeighIn> all = repo.list(user, WeightRequests.FIRST_DAY, to);
        Map<LocalDate, Double> firstOfDay = new LinkedHashMap<>();
        all.forEach(w -> firstOfDay.putIfAbsent(w.day(), w.weightKg()));
        List<TrendWeight.Point> points = TrendWeight.series(firstOfDay);
        List<TrendWeight.Point> inRange = points.stream().filter(pt -> !pt.date().isBefore(from)).toList();
        Double latest = points.isEmpty() ? null : points.get(points.size() - 1).trendKg();
        return new Series(from, to, all.stream().filter(w -> !w.day().isBefore(from)).toList(), inRange, latest,
                TrendWeight.weeklyRateKg(points), p.targetWeightKg(), p.units());
    }

    public LocalDate today(UserId user) {
        return profiles.today(profiles.get(user));
    }

    /** The weigh-in to store: the request's values over {@code before}'s, timed now when it is today's. */
    private WeighIn weighIn(Profile p, long id, WeighInRequest r, WeighIn before) {
        ZoneId zone = p.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate day = r.date() != null ? r.date() : before == null ? today : before.day();
        double kg = r.weightKg() != null ? r.weightKg() : before.weightKg();
        Double fat = r.bodyFatPct() != null || before == null ? r.bodyFatPct() : before.bodyFatPct();
        Double waist = r.waistCm() != null || before == null ? r.waistCm() : before.waistCm();
        long at = day.equals(today) ? clock.millis() : day.atStartOfDay(zone).toInstant().toEpochMilli();
        if (before != null && day.equals(before.day())) {
            at = before.measuredAt();
        }
        return new WeighIn(id, day, at, kg, fat, waist);
    }
}
