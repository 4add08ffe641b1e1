package org.openplate.profile;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.openplate.account.SignUpHook;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.web.FieldReader;

/**
 * Fills a new account's profile at sign-up: its time zone from the browser, and the calculator
 * entries carried through sign-up. Entries that do not parse are ignored: sign-up must not fail
 * because of a stale link, and the profile page asks for whatever is missing.
 */
final class ProfileSignUp implements SignUpHook {

    private final ProfileService profiles;

    public ProfileSignUp(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public void onSignUp(UserId user, Map<String, String> fields) {
        ZoneId zone = null;
        try {
            String raw = fields.get("timeZone");
            zone = raw == null || raw.isBlank() ? null : ZoneId.of(raw.trim());
        } catch (DateTimeException ignored) {
            // keep UTC
        }
        profiles.start(user, zone);
        if (fields.containsKey("sex")) {
            try {
                CalculatorForm.Parsed parsed = CalculatorForm.parse(FieldReader.of(fields));
                profiles.applyCalculator(user, parsed.input(), parsed.units());
            } catch (BadInputException | IllegalArgumentException ignored) {
                // carried entries were incomplete or tampered with; the profile page will ask
            }
        }
    }
}
