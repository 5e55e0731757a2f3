package org.corridor.app;

import java.nio.file.Path;
import java.util.Map;
import org.corridor.model.label.Authorizations;

/**
 * Corridor's one typed configuration: defaults, overridden by the environment, overridden by
 * command-line flags (the CLI applies those last).
 *
 * @param workspace       the workspace folder (default {@code ./corridor-data}; env CORRIDOR_WORKSPACE)
 * @param authorizations  tokens the reader holds (default all, the local owner; env CORRIDOR_AUTHS)
 */
public record CorridorConfig(Path workspace, Authorizations authorizations) {
    public static final Path DEFAULT_WORKSPACE = Path.of("corridor-data");

    public static CorridorConfig defaults() {
        return new CorridorConfig(DEFAULT_WORKSPACE, Authorizations.ALL);
    }

    public static CorridorConfig fromEnvironment(Map<String, String> env) {
        CorridorConfig config = defaults();
        String workspace = env.get("CORRIDOR_WORKSPACE");
        if (workspace != null && !workspace.isBlank()) {
            config = config.withWorkspace(Path.of(workspace));
        }
        String auths = env.get("CORRIDOR_AUTHS");
        if (auths != null) {
            config = config.withAuthorizations(Authorizations.parse(auths));
        }
        return config;
    }

    public CorridorConfig withWorkspace(Path path) {
        return new CorridorConfig(path, authorizations);
    }

    public CorridorConfig withAuthorizations(Authorizations auths) {
        return new CorridorConfig(workspace, auths);
    }
}
