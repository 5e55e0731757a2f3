package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, acceptance 2 for the command line: every command reaches the workspace through app's
 * use cases, the same the server calls, so no source of the command line names a type from store,
 * analyze, ledger or resolve.
 */
class CliLayerTest {
    @Test
    void theCommandLineNamesNothingFromTheLayersBelowApp() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<String> offending;
        try (Stream<Path> files = Files.walk(sources)) {
            offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.matches("\\s*import\\s+(static\\s+)?org\\.corridor\\.(store|analyze|ledger|resolve)\\..*")
                            || l.matches(".*\\borg\\.corridor\\.(store|analyze|ledger|resolve)\\.[A-Za-z]+.*") && !l.strip().startsWith("*")
                            && !l.strip().startsWith("//")).map(l -> p.getFileName() + ": " + l.strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offending).isEmpty();
    }
}
