package org.openplate.profile;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** {@code /profile}: see and edit body stats, goal and preferences. */
final class ProfilePages implements Routes {

    private final ProfileService profiles;
    private final AuthGuard guard;
    private final Views views;

    public ProfilePages(ProfileService profiles, AuthGuard guard, Views views) {
        this.profiles = profiles;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/profile", this::show);
        r.post("/profile", this::update);
    }

    private void show(Context ctx) {
        UserId user = guard.requireUser(ctx);
        Profile p = profiles.get(user);
        render(ctx, 200, p, null);
    }

    private void render(Context ctx, int status, Profile p, BadInputException error) {
        ProfileView view = new ProfileView(p, profiles.today(p), profiles.calorieGoal(p).orElse(null),
                org.openplate.web.FormErrors.of(error));
        views.send(ctx, status, "profile/profile.jte", views.page(ctx, "Your profile"), "view", view);
    }

    /** {@code path} with a notice in its query, before any #fragment. */
    static String withNotice(String path, String encodedNotice) {
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "notice=" + encodedNotice + fragment;
    }

    private void update(Context ctx) {
        UserId user = guard.requireUser(ctx);
        try {
            Profile current = profiles.get(user);
            profiles.updateFromForm(user, ProfileForm.read(FieldReader.form(ctx), current, profiles.today(current)));
            // A short form elsewhere (the diary's "get started" card) returns to its page; local paths only.
            String back = org.openplate.common.LocalPaths.local(ctx.formParam("next")).orElse(null);
            ctx.redirect(back == null ? "/profile?notice=Profile%20saved." : withNotice(back, "Profile%20saved."),
                    HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            render(ctx, 400, profiles.get(user), e);
        }
    }
}
