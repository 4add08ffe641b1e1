package org.openplate.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.openplate.account.AccountService;
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

/** Account administration: grant or revoke the admin and editor roles. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage user roles.",
        subcommands = {UsersCommand.Grant.class, UsersCommand.Revoke.class})
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
}
