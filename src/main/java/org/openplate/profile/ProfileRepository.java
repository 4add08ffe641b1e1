package org.openplate.profile;

import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for profiles; one row per user. */
interface ProfileRepository {
    Optional<Profile> find(UserId userId);

    /** Inserts or replaces the user's profile. */
    void save(Profile profile);
}
