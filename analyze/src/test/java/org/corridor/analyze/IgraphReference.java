package org.corridor.analyze;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs python-igraph (Debian's python3-igraph, which ./run-tests installs) on an edge file and
 * returns its answers. A missing igraph fails the test: the parity check is never skipped.
 */
final class IgraphReference {
    private static final Path SCRIPT = Path.of("src/test/python/igraph_reference.py");
    private final JsonNode json;

    private IgraphReference(JsonNode json) {
        this.json = json;
    }

    static IgraphReference run(Path edges, Path nodes, boolean directed, boolean weighted) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toString(), edges.toString()));
        if (nodes != null) {
            cmd.add("--nodes");
            cmd.add(nodes.toString());
        }
        if (directed) {
            cmd.add("--directed");
        }
        if (weighted) {
            cmd.add("--weighted");
        }
        Path err = Files.createTempFile("igraph", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3-igraph reference failed (./run-tests installs python3-igraph): "
                    + Files.readString(err));
        }
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        return new IgraphReference(mapper.readTree(new String(out, StandardCharsets.UTF_8)));
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        json.get("ids").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    double[] values(String measure) {
        JsonNode array = json.get(measure);
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    double number(String key) {
        return json.get(key).asDouble();
    }

    boolean has(String key) {
        return json.has(key);
    }
}
