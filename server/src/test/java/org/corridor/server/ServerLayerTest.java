package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.testkit.Layering;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, acceptance 2 for the server: it reaches the workspace only through app's use cases, so
 * no source of the server names a type from store, analyze, ledger or resolve.
 */
class ServerLayerTest {
    @Test
    void theServerNamesNothingFromTheLayersBelowApp() {
        assertThat(Layering.namesBelowApp(Path.of("src", "main", "java"))).isEmpty();
    }
}
