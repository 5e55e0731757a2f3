package org.corridor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Checks that a face (the command line, the server) reaches the workspace only through app: the lines naming a lower layer's type. */
public final class Layering {
    private static final String BELOW_APP = "org\\.corridor\\.(store|analyze|ledger|resolve)\\.";

    private Layering() {
    }

    /** Each line of the Java sources under {@code sources} that imports or names a store, analyze, ledger or resolve type, with its file. */
    public static List<String> namesBelowApp(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.matches("\\s*import\\s+(static\\s+)?" + BELOW_APP + ".*")
                            || l.matches(".*\\b" + BELOW_APP + "[A-Za-z]+.*") && !l.strip().startsWith("*") && !l.strip().startsWith("//"))
                            .map(l -> p.getFileName() + ": " + l.strip());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
