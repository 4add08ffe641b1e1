package org.openplate.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.openplate.account.AccountService;
import org.openplate.account.PasswordResets;
import org.openplate.account.Role;
import org.openplate.account.User;
import org.openplate.common.NotFoundException;
import org.openplate.config.Settings;
import org.openplate.Features;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Account administration: grant or revoke the admin and editor roles; make a password-reset link. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage user roles and password resets.",
        subcommands = {UsersCommand.Grant.class, UsersCommand.Revoke.class, UsersCommand.ResetPassword.class})
final class UsersCommand {

    abstract static class RoleChange implements Callable<Integer> {
        @Mixin
        ServerOptions server;
        @Spec
        CommandSpec spec;
        @Option(names = "--email", required = true)
        String email;
        @Option(names = "--role", required = true, description = "admin or editor")
        String role;

        abstract User apply(AccountService accounts, Role r);

        @Override
        public Integer call() {
            Role r = Role.fromCode(role).orElse(null);
            if (r == null) {
                spec.commandLine().getErr().println("error: --role must be admin or editor");
                return 2;
            }
            Settings settings = server.settings();
            try (Features features = Features.open(settings, Clock.systemUTC())) {
                User u = apply(features.account().accounts(), r);
                spec.commandLine().getOut().println(u.email() + " roles: " + u.roles().stream().map(Role::code)
                        .sorted().toList());
                return 0;
            } catch (NotFoundException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Give a user a role.")
    static final class Grant extends RoleChange {
        @Override
        User apply(AccountService accounts, Role r) {
            return accounts.grantRole(email, r);
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Take a role from a user.")
    static final class Revoke extends RoleChange {
        @Override
        User apply(AccountService accounts, Role r) {
            return accounts.revokeRole(email, r);
        }
    }

    /**
     * Prints a one-time link with which the user chooses a new password. Safer than the operator setting
     * one: the operator never learns or types the user's password (no shell history, no terminal scroll-back,
     * no password sent on by chat), the user's choice passes the same strength rules as sign-up, and the
     * link works once, for {@link PasswordResets#LINK_TTL}, then ends every session and API token.
     */
    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Print a one-time link (valid 30 minutes) for a user to choose a new password.")
    static final class ResetPassword implements Callable<Integer> {
        @Mixin
        ServerOptions server;
        @Spec
        CommandSpec spec;
        @Option(names = "--email", required = true, description = "the e-mail address of the account")
        String email;

        @Override
        public Integer call() {
            try (Features features = Features.open(server.settings(), Clock.systemUTC())) {
                PasswordResets resets = features.account().resets();
                String link = resets.linkFor(email);
                var out = spec.commandLine().getOut();
                out.println("Give this link to the user, privately. It works once, for "
                        + PasswordResets.LINK_TTL.toMinutes() + " minutes:");
                out.println(link);
                if (resets.publicUrl().isEmpty()) {
                    out.println("(Put this OpenPlate's address in front, e.g. https://plate.example.org" + PasswordResets.PATH
                            + "?token=...; set --public-url / OPENPLATE_PUBLIC_URL to print whole links.)");
                }
                return 0;
            } catch (NotFoundException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 1;
            }
        }
    }
}
