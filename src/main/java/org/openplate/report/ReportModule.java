package org.openplate.report;

import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.diary.DiaryDays;
import org.openplate.module.FeatureModule;
import org.openplate.module.WebKit;
import org.openplate.profile.GoalService;
import org.openplate.web.Routes;
import org.openplate.weight.ExpenditureService;

/** Reports over days and weeks: intake against the goal in force, nutrients, back care. Owns no table. */
public final class ReportModule implements FeatureModule {

    private final AuthGuard guard;
    private final ReportService reports;

    public ReportModule(AuthGuard guard, DiaryDays diary, GoalService goals, ExpenditureService expenditure) {
        this.guard = guard;
        this.reports = new ReportService(diary, goals, expenditure);
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new ReportPages(reports, guard, web.views()));
    }
}
