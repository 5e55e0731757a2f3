package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.testkit.Layering;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, acceptance 2 for the command line: every command reaches the workspace through app's
 * use cases, the same the server calls, so no source of the command line names a type from store,
 * analyze, ledger or resolve.
 */
class CliLayerTest {
    @Test
    void theCommandLineNamesNothingFromTheLayersBelowApp() {
        assertThat(Layering.namesBelowApp(Path.of("src", "main", "java"))).isEmpty();
    }
}
