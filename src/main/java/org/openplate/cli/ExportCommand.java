package org.openplate.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openplate.account.UserId;
import org.openplate.config.Settings;
import org.openplate.Features;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export --user EMAIL --out FILE}: one account's full export (zip), as in Settings → Your data. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export one account's data to a zip.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;
    @Spec
    CommandSpec spec;
    @Option(names = "--user", required = true, description = "the account's e-mail")
    String email;
    @Option(names = "--out", required = true, description = "the zip to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        Settings settings = server.settings();
        try (Features features = Features.open(settings, Clock.systemUTC())) {
            Optional<UserId> user = AccountLookup.byEmail(features, email, spec.commandLine().getErr());
            if (user.isEmpty()) {
                return 1;
            }
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export", ".zip");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                features.transfer().archives().export(user.get(), o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("wrote %s (%,d bytes)%n", out, Files.size(out));
            return 0;
        }
    }
}
