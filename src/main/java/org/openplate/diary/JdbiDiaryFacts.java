package org.openplate.diary;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** {@link DiaryFacts} over JDBI; every statement filters by the user. */
public final class JdbiDiaryFacts implements DiaryFacts {

    private final Jdbi jdbi;

    public JdbiDiaryFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean hasEntries(UserId user, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM diary_entries WHERE user_id = :user"
                        + " AND day = :day AND deleted_at IS NULL").bind("user", user.value()).bind("day", day.toString())
                .mapTo(Integer.class).one()) > 0;
    }

    @Override
    public List<LocalDate> loggedDays(UserId user, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT day FROM diary_entries WHERE user_id = :user"
                        + " AND deleted_at IS NULL AND day >= :from AND day <= :to ORDER BY day DESC")
                .bind("user", user.value()).bind("from", from.toString()).bind("to", to.toString())
                .map((rs, ctx) -> LocalDate.parse(rs.getString("day"))).list());
    }
}
