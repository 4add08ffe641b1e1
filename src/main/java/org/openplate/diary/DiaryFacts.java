package org.openplate.diary;

import java.time.LocalDate;
import java.util.List;
import org.openplate.account.UserId;

/** Query port owned by the diary feature: whether and when a user logged food (deleted entries do not count). */
public interface DiaryFacts {

    /** True when the user has a diary entry on {@code day}. */
    boolean hasEntries(UserId user, LocalDate day);

    /** Days with diary entries in [from, to], newest first. */
    List<LocalDate> loggedDays(UserId user, LocalDate from, LocalDate to);
}
