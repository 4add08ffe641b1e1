package org.openplate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void codeNamesBecomeWordsWithTheirUnit() {
        assertEquals("Height (cm)", FieldNames.label("heightCm"));
        assertEquals("Weight (lb)", FieldNames.label("weightLb"));
        assertEquals("Fat (%)", FieldNames.label("fatPct"));
        assertEquals("Cholesterol (mg)", FieldNames.label("cholesterolMg"));
        assertEquals("Saturated fat (g)", FieldNames.label("saturatedFatG"));
        assertEquals("Birth date", FieldNames.label("birthDate"));
        assertEquals("Calories", FieldNames.label("kcal"));
        assertEquals("Email", FieldNames.label("email"));
    }

    @Test
    void messagesAreInSentenceCaseWithoutTheirLeadingCodeName() {
        assertEquals("Height (cm) must be between 90 and 250.", FieldNames.sentence("heightCm",
                "heightCm must be between 90 and 250."));
        assertEquals("Weight must be between 25 and 400 kg.", FieldNames.sentence("weight",
                "weight must be between 25 and 400 kg."));
        assertEquals("Weight (kg) is required.", FieldNames.sentence("weight", "weightKg is required."));
        assertEquals("The two passwords do not match.", FieldNames.sentence("confirmPassword",
                "The two passwords do not match."));
        assertEquals("Enter a date.", FieldNames.sentence(null, "enter a date."));
        assertEquals("notes.csv: the file is empty", FieldNames.sentence(null, "notes.csv: the file is empty"));
        assertEquals("food-logs.csv: not read", FieldNames.sentence(null, "food-logs.csv: not read"));
        assertEquals("Fine as it is", FieldNames.sentence("x", "Fine as it is"));
    }

    @Test
    void theExceptionCarriesTheSentence() {
        BadInputException e = new BadInputException("servingName", "servingName contains a tab");
        assertEquals("Serving size contains a tab", e.getMessage());
        assertEquals("servingName", e.field());
        assertEquals(1, e.errors().size());
    }
}
