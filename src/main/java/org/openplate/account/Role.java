package org.openplate.account;

import java.util.Locale;
import java.util.Optional;

/** Extra rights beyond those of an ordinary user. Granted from the CLI. */
public enum Role {
    ADMIN, EDITOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The roles named by these codes, as a statement that joins a user's roles returns them (one row per
     * role, null for a user with none); codes this build does not know are left out.
     */
    public static java.util.Set<Role> fromCodes(java.util.Collection<String> codes) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (String code : codes) {
            if (code != null) {
                fromCode(code).ifPresent(roles::add);
            }
        }
        return roles;
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
