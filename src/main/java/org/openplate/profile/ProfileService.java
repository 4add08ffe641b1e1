package org.openplate.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.CalorieGoalResult;

/** Reads and updates profiles, and computes the user's calorie goal from them. */
public final class ProfileService {

    private final ProfileRepository repository;
    private final CalorieGoalCalculator calculator;
    private final Clock clock;
    private final FirstWeight firstWeight;

    public ProfileService(ProfileRepository repository, CalorieGoalCalculator calculator, Clock clock) {
        this(repository, calculator, clock, FirstWeight.NONE);
    }

    /** {@code firstWeight}: told when a profile without a weight gets one (the weight feature's first weigh-in). */
    public ProfileService(ProfileRepository repository, CalorieGoalCalculator calculator, Clock clock,
                          FirstWeight firstWeight) {
        this.repository = repository;
        this.calculator = calculator;
        this.clock = clock;
        this.firstWeight = firstWeight;
    }

    /** The stored profile, or the defaults of a new account. */
    public Profile get(UserId user) {
        return repository.find(user).orElseGet(() -> Profile.empty(user, clock.instant()));
    }

    /**
     * The earliest date that is today somewhere: today at UTC-18:00, the furthest behind a time zone can
     * be. Today in the user's zone is never earlier, so a date checked against this needs no profile.
     */
    public LocalDate earliestToday() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.MIN));
    }

    /** Today in the user's time zone. */
    public LocalDate today(Profile profile) {
        return LocalDate.now(clock.withZone(profile.zone()));
    }

    /** Saves the profile's new values (read and checked whole at the edge: nothing is written when any is wrong). */
    public Profile update(UserId user, ProfileUpdate u) {
        return save(user, u);
    }

    /**
     * Saves the profile form: as {@link #update}, and a weight typed where there was none becomes the
     * first weigh-in (the JSON API leaves weigh-ins to its own endpoint).
     */
    public Profile updateFromForm(UserId user, ProfileUpdate u) {
        Profile before = get(user);
        Profile saved = save(user, u);
        announceFirstWeight(before, saved);
        return saved;
    }

    private Profile save(UserId user, ProfileUpdate u) {
        Profile saved = new Profile(user, u.sex(), u.birthDate(), u.heightCm(), u.weightKg(), u.activity(), u.goal(),
                u.targetWeightKg(), u.units(), u.zone(), u.equation(), u.bodyFatPct(), u.macros(), clock.instant());
        repository.save(saved);
        return saved;
    }

    /** A weight typed where there was none becomes the first weigh-in, dated the user's today. */
    private void announceFirstWeight(Profile before, Profile after) {
        if (before.weightKg() == null && after.weightKg() != null) {
            firstWeight.firstWeight(after.userId(), today(after), after.weightKg());
        }
    }

    /**
     * The body weight now, e.g. from the latest weigh-in, so that goals and exercise calories use it.
     * Nothing is written when it is already the stored weight.
     */
    public void recordWeight(UserId user, double kg) {
        Profile current = get(user);
        if (current.weightKg() == null || Math.abs(current.weightKg() - kg) > 1e-9) {
            save(user, new ProfileUpdate(current.sex(), current.birthDate(), current.heightCm(), kg,
                    current.activity(), current.goal(), current.targetWeightKg(), current.units(), current.zone(),
                    current.equation(), current.bodyFatPct(), current.macros()));
        }
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
        announceFirstWeight(current, p);
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

    /** A new account's profile: the defaults, in {@code zone} when known (else UTC). */
    public void start(UserId user, ZoneId zone) {
        Profile base = Profile.empty(user, clock.instant());
        repository.save(new Profile(user, null, null, null, null, base.activity(), base.goal(), null, base.units(),
                zone == null ? base.zone() : zone, base.equation(), null, base.macros(), clock.instant()));
    }
}
