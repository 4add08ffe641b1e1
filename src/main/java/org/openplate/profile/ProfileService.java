package org.openplate.profile;

import org.openplate.common.TextInput;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openplate.account.SignUpHook;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.CalorieGoalResult;

/** Reads and updates profiles, and computes the user's calorie goal from them. */
public final class ProfileService implements SignUpHook {

    private final ProfileRepository repository;
    private final CalorieGoalCalculator calculator;
    private final Clock clock;

    public ProfileService(ProfileRepository repository, CalorieGoalCalculator calculator, Clock clock) {
        this.repository = repository;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** The stored profile, or the defaults of a new account. */
    public Profile get(UserId user) {
        return repository.find(user).orElseGet(() -> Profile.empty(user, clock.instant()));
    }

    /** Today in the user's time zone. */
    public LocalDate today(Profile profile) {
        return LocalDate.now(clock.withZone(profile.zone()));
    }

    /** Validates the whole update first; nothing is written when any field is wrong. */
    public Profile update(UserId user, Function<String, String> fields) {
        Profile current = get(user);
        Profile parsed = ProfileForm.parse(current, TextInput.checked(fields), today(current));
        Profile saved = withTime(parsed);
        repository.save(saved);
        return saved;
    }

    /** Saves a calculator result (sex, height, weight, age, activity, goal) into the profile. */
    public Profile applyCalculator(UserId user, CalorieGoalInput in, org.openplate.units.UnitSystem units) {
        Profile current = get(user);
        LocalDate today = today(current);
        LocalDate birth = current.ageOn(today).filter(a -> a == in.ageYears()).isPresent()
                ? current.birthDate() : today.minusYears(in.ageYears());
        Profile p = new Profile(user, in.sex(), birth, in.heightCm(), in.weightKg(), in.activity(), in.goal(),
                current.targetWeightKg(), units, current.zone(), in.equation(), in.bodyFatPct(), current.macros(),
                clock.instant());
        repository.save(p);
        return p;
    }

    /** The calorie goal for the profile today, when the profile is complete. */
    public Optional<CalorieGoalResult> calorieGoal(Profile profile) {
        return profile.calculatorInput(today(profile)).map(calculator::calculate);
    }

    /** The profile's sex and age on {@code day}, when both are known. */
    public Optional<Person> person(Profile profile, LocalDate day) {
        if (profile.sex() == null) {
            return Optional.empty();
        }
        return profile.ageOn(day).map(age -> new Person(profile.sex(), age));
    }

    public Optional<CalorieGoalInput> calculatorInput(Profile profile) {
        return profile.calculatorInput(today(profile));
    }

    /**
     * Fills a new account's profile from the calculator entries carried through sign-up, and its
     * time zone from the browser. Entries that do not parse are ignored: sign-up must not fail
     * because of a stale link, and the profile page asks for whatever is missing.
     */
    @Override
    public void onSignUp(UserId user, Map<String, String> fields) {
        Profile base = Profile.empty(user, clock.instant());
        try {
            base = new Profile(user, null, null, null, null, base.activity(), base.goal(), null, base.units(),
                    zoneOr(fields.get("timeZone"), base.zone()), base.equation(), null, base.macros(), clock.instant());
        } catch (DateTimeException ignored) {
            // keep UTC
        }
        repository.save(base);
        if (fields.containsKey("sex")) {
            try {
                CalculatorForm.Parsed parsed = CalculatorForm.parse(fields::get);
                applyCalculator(user, parsed.input(), parsed.units());
            } catch (BadInputException | IllegalArgumentException ignored) {
                // carried entries were incomplete or tampered with; the profile page will ask
            }
        }
    }

    private static ZoneId zoneOr(String raw, ZoneId fallback) {
        return raw == null || raw.isBlank() ? fallback : ZoneId.of(raw.trim());
    }

    private Profile withTime(Profile p) {
        return new Profile(p.userId(), p.sex(), p.birthDate(), p.heightCm(), p.weightKg(), p.activity(), p.goal(),
                p.targetWeightKg(), p.units(), p.zone(), p.equation(), p.bodyFatPct(), p.macros(), clock.instant());
    }
}
