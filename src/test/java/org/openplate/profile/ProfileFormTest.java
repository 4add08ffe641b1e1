package org.openplate.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.Sex;
import org.openplate.units.UnitSystem;
import org.openplate.web.FieldReader;

/** The profile body read into a typed update: absent keeps, null or blank clears, numbers as sent. */
class ProfileFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Profile current() {
        Profile empty = Profile.empty(new UserId(1), Instant.EPOCH);
        return new Profile(empty.userId(), Sex.FEMALE, LocalDate.of(1988, 5, 14), 165.0, 68.0, empty.activity(),
                empty.goal(), 60.0, UnitSystem.METRIC, empty.zone(), empty.equation(), 25.0, empty.macros(),
                Instant.EPOCH);
    }

    private static ProfileUpdate read(String body) {
        return ProfileForm.read(FieldReader.json(JSON, body), current(), TODAY);
    }

    @Test
    void anAbsentFieldKeepsItsValueAndJsonNullOrBlankClearsIt() {
        ProfileUpdate kept = read("{}");
        assertEquals(60.0, kept.targetWeightKg());
        assertEquals(25.0, kept.bodyFatPct());
        assertEquals(68.0, kept.weightKg());
        ProfileUpdate cleared = read("{\"targetWeight\":null,\"bodyFat\":\"\",\"weightKg\":null}");
        assertNull(cleared.targetWeightKg());
        assertNull(cleared.bodyFatPct());
        assertNull(cleared.weightKg());
        assertEquals(165.0, cleared.heightCm());
    }

    @Test
    void jsonNumbersAndTheirTextReadAlikeInTheUsersUnits() {
        assertEquals(read("{\"weightKg\":\"72.5\",\"heightCm\":\"170\"}"), read("{\"weightKg\":72.5,\"heightCm\":170}"));
        assertEquals(72.5, read("{\"weight\":72.5}").weightKg(), 1e-9);
        assertEquals(72.5 * 0.45359237, read("{\"units\":\"us\",\"weight\":72.5}").weightKg(), 1e-9);
    }

    @Test
    void aWrongValueNamesItsFieldAndRange() {
        BadInputException e = assertThrows(BadInputException.class, () -> read("{\"weightKg\":9000}"));
        assertEquals("weightKg", e.field());
        assertEquals("Weight must be between 25 and 400 kg (55 to 882 lb).", e.getMessage());
        assertEquals("birthDate", assertThrows(BadInputException.class,
                () -> read("{\"birthDate\":\"2020-01-01\"}")).field());
        assertEquals("weight", assertThrows(BadInputException.class, () -> read("{\"weight\":[72]}")).field());
    }
}
