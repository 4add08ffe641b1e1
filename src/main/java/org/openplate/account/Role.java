package org.openplate.account;

import java.util.Locale;
import java.util.Optional;

/** Extra rights beyond those of an ordinary user. Granted from the CLI. */
public enum Role {
    ADMIN, EDITOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equalsIgnoreCase(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
