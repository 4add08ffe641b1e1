package org.openplate.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryFacts;
import org.openplate.diary.GetStarted;
import org.openplate.diary.GetStartedCards;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;
import org.openplate.weight.WeightInput;
import org.openplate.weight.WeightService;

/**
 * The "get started" card a new account sees on today's diary: finish the profile (only the missing
 * fields), log a food, log today's weight (prefilled from sign-up), set a reminder. Each step is read
 * from the feature that owns it; the card is gone once the user dismisses it or every step is done,
 * and both are stored per user, so it stays gone on every device.
 */
final class GetStartedService implements GetStartedCards {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final GetStartedRepository repo;
    private final ProfileService profiles;
    private final WeightService weights;
    private final DiaryFacts diary;
    private final Predicate<UserId> remindersChosen;
    private final Clock clock;

    GetStartedService(GetStartedRepository repo, ProfileService profiles, WeightService weights, DiaryFacts diary,
                      Predicate<UserId> remindersChosen, Clock clock) {
        this.repo = repo;
        this.profiles = profiles;
        this.weights = weights;
        this.diary = diary;
        this.remindersChosen = remindersChosen;
        this.clock = clock;
    }

    @Override
    public Optional<GetStarted> card(UserId user, LocalDate today) {
        Optional<GetStartedRepository.State> state = repo.find(user);
        if (state.map(s -> s.dismissedAt() != null || s.doneAt() != null).orElse(false)) {
            return Optional.empty();
        }
        Profile p = profiles.get(user);
        List<String> missing = new ArrayList<>();
        if (p.sex() == null) {
            missing.add("sex");
        }
        if (p.birthDate() == null) {
            missing.add("birthDate");
        }
        if (p.heightCm() == null) {
            missing.add("height");
        }
        if (p.weightKg() == null) {
            missing.add("weight");
        }
        boolean foodDone = !diary.loggedDays(user, EARLIEST, today).isEmpty();
        // The weigh-in made from the sign-up weight does not count: the step asks for today's own.
        boolean weightDone = state.map(s -> s.weightLoggedAt() != null).orElse(false) || weights.count(user) > 1;
        boolean reminderDone = remindersChosen.test(user);
        GetStarted card = new GetStarted(missing, p.units() == UnitSystem.METRIC, missing.isEmpty(), foodDone,
                p.weightKg() == null ? "" : inUnits(p.weightKg(), p.units()), unit(p.units()), weightDone,
                reminderDone);
        if (card.done() == 4) {
            repo.done(user, clock.millis());
            return Optional.empty();
        }
        return Optional.of(card);
    }

    /** Hides the card for good. */
    void dismiss(UserId user) {
        repo.dismiss(user, clock.millis());
    }

    /** Logs today's weight typed on the card (the user's units, or with a unit); returns it in kg. */
    double logWeight(UserId user, String text) {
        double kg = WeightInput.kg(text, profiles.get(user).units());
        weights.logToday(user, kg);
        repo.weightLogged(user, clock.millis());
        return kg;
    }

    UnitSystem units(UserId user) {
        return profiles.get(user).units();
    }

    static String unit(UnitSystem units) {
        return units == UnitSystem.METRIC ? "kg" : "lb";
    }

    /** The weight to prefill, to 0.1 in the user's units, without a trailing ".0". */
    static String inUnits(double kg, UnitSystem units) {
        double v = units == UnitSystem.METRIC ? kg : Measures.kgToLb(kg);
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
