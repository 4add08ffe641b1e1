package org.openplate.cli;

import picocli.CommandLine.Command;

/** {@code foods …}: the food catalogue from the command line. */
@Command(name = "foods", mixinStandardHelpOptions = true, description = "Food catalogue: import, search, bundle.",
        subcommands = {FoodsSearchCommand.class, FoodsImportCommand.class, FoodsBundleCommand.class})
final class FoodsCommand {
}
