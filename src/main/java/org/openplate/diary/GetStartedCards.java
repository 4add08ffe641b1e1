package org.openplate.diary;

import java.time.LocalDate;
import java.util.Optional;
import org.openplate.account.UserId;

/**
 * The port through which today's diary asks for the "get started" card. Another feature implements
 * it (it needs the weigh-ins and reminders, which depend on the diary), so the diary stays below them.
 */
@FunctionalInterface
public interface GetStartedCards {

    GetStartedCards NONE = (user, today) -> Optional.empty();

    /** The card for {@code user} on {@code today}, or empty once dismissed or done. */
    Optional<GetStarted> card(UserId user, LocalDate today);
}
