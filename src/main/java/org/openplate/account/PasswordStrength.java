package org.openplate.account;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.common.BadInputException;

/**
 * New passwords: 8 to 128 characters (NIST SP 800-63B 5.1.1.2 asks for at least 8 and allows long
 * ones) and not easy to guess: zxcvbn, which knows common passwords, names, words, keyboard
 * patterns, dates and repeats, must score it at least 3 of 4 ("safely unguessable: moderate
 * protection from an offline slow-hash scenario", about 10^8 guesses and more), with the account's
 * email as a word to avoid (NIST 5.1.1.2: refuse "context-specific words, such as the name of the
 * service, the username").
 */
final class PasswordStrength {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;

    private PasswordStrength() {
    }

    /** zxcvbn loads its dictionaries once, on the first password checked, not at start-up. */
    private static final class Holder {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    static void check(String field, String password, String email) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new BadInputException(field, "Choose a password of " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters.");
        }
        if (password.isBlank()) {
            throw new BadInputException(field, "A password cannot be only spaces.");
        }
        Strength s = Holder.ZXCVBN.measure(password, userInputs(email));
        if (s.getScore() < MIN_SCORE) {
            throw new BadInputException(field, explain(s.getFeedback(), password, email));
        }
    }

    /** The email, its name part and the words in it, plus the app's own name. */
    private static List<String> userInputs(String email) {
        List<String> words = new ArrayList<>(List.of("openplate", "open plate"));
        if (email != null && !email.isBlank()) {
            String e = email.toLowerCase(Locale.ROOT);
            words.add(e);
            String local = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
            words.add(local);
            for (String w : e.split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** Loads the dictionaries now (off the request path); later calls return at once. */
    static void warmUp() {
        Holder.ZXCVBN.measure("warm up the dictionaries");
    }

    private static boolean containsEmailWord(String password, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String p = password.toLowerCase(Locale.ROOT);
        String e = email.toLowerCase(Locale.ROOT);
        String local = e.split("@")[0];
        if (p.contains(local) && local.length() >= 3) {
            return true;
        }
        for (String w : local.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && p.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String explain(Feedback feedback, String password, String email) {
        StringBuilder m = new StringBuilder("This password is too easy to guess.");
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (containsEmailWord(password, email)) {
            m.append(" It contains your email address or name.");
        } else if (warning != null && !warning.isBlank()) {
            m.append(' ').append(warning.strip());
        }
        List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
        if (suggestions.isEmpty()) {
            m.append(" Add another word or two.");
        } else {
            suggestions.forEach(s -> m.append(' ').append(s.strip()));
        }
        m.append(" A few unrelated words make a strong password that is easy to remember.");
        return m.toString();
    }
}
