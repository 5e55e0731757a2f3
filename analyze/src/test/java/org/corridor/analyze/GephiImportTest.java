package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.analyze.io.GraphXmlWriter;
import org.gephi.graph.api.TimeRepresentation;
import org.gephi.io.importer.api.ColumnDraft;
import org.gephi.io.importer.api.ContainerLoader;
import org.gephi.io.importer.api.EdgeDraft;
import org.gephi.io.importer.api.ElementDraft;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.api.NodeDraft;
import org.gephi.io.importer.plugin.file.ImporterGEXF;
import org.junit.jupiter.api.Test;

/**
 * The GEXF export read by Gephi's own importer (org.gephi:io-importer-plugin). Gephi's container
 * implementation is not published to Maven Central, so the importer writes into a recording one.
 */
class GephiImportTest {
    /** What the importer handed over: nodes with their label and attributes, edges with their ends. */
    private static final class Recorded {
        final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        final Map<String, Object> nodeDrafts = new HashMap<>();
        final List<Map<String, Object>> edges = new ArrayList<>();
        final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
    }

    @Test
    void gephiReadsEveryNodeEdgeLabelAndAttributeWithoutWarnings() {
        GraphBuilder b = new GraphBuilder(false, true);
        b.node("ofac-1");
        b.node("ofac-2");
        b.node("doc-3");
        b.node("alone");
        b.attribute("name", new String[] {"Cártel de Jalisco \"CJNG\" & Co.", "Los <Chapitos>", "Ana Pérez", "Nobody"});
        b.attribute("schema", new String[] {"Organization", "Organization", "Person", "Person"});
        b.edge("ofac-1", "ofac-2", 2).edge("ofac-2", "doc-3", 1.5);
        StringWriter out = new StringWriter();
        GraphXmlWriter.gexf(b.build(), out, "test export", "2026-11-23", (u, v) -> u.equals("ofac-1") ? "Ownership" : "Payment; Family");

        Recorded r = new Recorded();
        ImporterGEXF importer = new ImporterGEXF();
        importer.setReader(new StringReader(out.toString()));
        assertThat(importer.execute(container(r))).isTrue();

        List<Issue> problems = importer.getReport().getIssuesList(1000).stream()
                .filter(i -> i.getLevel().toInteger() > Issue.Level.INFO.toInteger()).toList();
        assertThat(problems).extracting(Issue::getMessage).isEmpty();
        assertThat(r.nodes.keySet()).containsExactly("ofac-1", "ofac-2", "doc-3", "alone");
        assertThat(r.nodes.get("ofac-1")).containsEntry("label", "Cártel de Jalisco \"CJNG\" & Co.").containsEntry("schema", "Organization");
        assertThat(r.nodes.get("ofac-2")).containsEntry("label", "Los <Chapitos>");
        assertThat(r.columns).containsKeys("node name", "node schema", "edge kind");
        assertThat(r.edges).hasSize(2);
        assertThat(r.edges.get(0)).containsEntry("source", "ofac-1").containsEntry("target", "ofac-2").containsEntry("weight", 2.0)
                .containsEntry("kind", "Ownership");
        assertThat(r.edges.get(1)).containsEntry("source", "ofac-2").containsEntry("target", "doc-3").containsEntry("weight", 1.5)
                .containsEntry("kind", "Payment; Family");
    }

    @Test
    void gephiReportsAnEdgeToAMissingNode() {
        StringWriter out = new StringWriter();
        GraphBuilder b = new GraphBuilder(false, false);
        b.edge("a", "b", 1);
        GraphXmlWriter.gexf(b.build(), out, "test export", "2026-11-23", (u, v) -> "Membership");
        String broken = out.toString().replace("target=\"b\"", "target=\"nowhere\"");
        Recorded r = new Recorded();
        ImporterGEXF importer = new ImporterGEXF();
        importer.setReader(new StringReader(broken));
        importer.execute(container(r));
        assertThat(importer.getReport().getIssuesList(1000)).extracting(i -> i.getLevel().toInteger())
                .anyMatch(level -> level > Issue.Level.INFO.toInteger());
    }

    private static ContainerLoader container(Recorded r) {
        ElementDraft.Factory factory = proxy(ElementDraft.Factory.class, (p, m, a) -> {
            String id = a != null && a.length > 0 ? (String) a[0] : "draft-" + (r.nodes.size() + r.edges.size());
            Map<String, Object> values = new LinkedHashMap<>();
            if (m.getName().equals("newNodeDraft")) {
                r.nodes.put(id, values);
                return draft(NodeDraft.class, id, values);
            }
            r.edges.add(values);
            return draft(EdgeDraft.class, id, values);
        });
        return proxy(ContainerLoader.class, (p, m, a) -> switch (m.getName()) {
            case "factory" -> factory;
            case "addNode" -> {
                r.nodeDrafts.put(((NodeDraft) a[0]).getId(), a[0]);
                yield null;
            }
            case "getNode" -> r.nodeDrafts.get((String) a[0]);
            case "nodeExists" -> r.nodeDrafts.containsKey((String) a[0]);
            case "addNodeColumn", "addEdgeColumn" -> {
                ColumnDraft column = proxy(ColumnDraft.class, (q, mm, aa) -> switch (mm.getName()) {
                    case "getId", "getTitle" -> a[0];
                    case "getTypeClass" -> a[1];
                    default -> neutral(mm.getReturnType());
                });
                r.columns.put((m.getName().equals("addNodeColumn") ? "node " : "edge ") + a[0], column);
                yield column;
            }
            case "getNodeColumn" -> r.columns.get("node " + a[0]);
            case "getEdgeColumn" -> r.columns.get("edge " + a[0]);
            case "getTimeRepresentation" -> TimeRepresentation.INTERVAL;
            default -> neutral(m.getReturnType());
        });
    }

    private static Object draft(Class<?> type, String id, Map<String, Object> values) {
        return proxy(type, (p, m, a) -> switch (m.getName()) {
            case "getId", "toString" -> id;
            case "setLabel" -> {
                values.put("label", a[0]);
                yield null;
            }
            case "getLabel" -> values.get("label");
            case "setValue", "parseAndSetValue" -> {
                values.put((String) a[0], a[1]);
                yield null;
            }
            case "getValue" -> values.get((String) a[0]);
            case "setSource", "setTarget" -> {
                values.put(m.getName().equals("setSource") ? "source" : "target", ((NodeDraft) a[0]).getId());
                yield null;
            }
            case "setWeight" -> {
                values.put("weight", a[0]);
                yield null;
            }
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            default -> neutral(m.getReturnType());
        });
    }

    /** What an unrecorded call returns: the zero of a primitive type, otherwise null. */
    private static Object neutral(Class<?> type) {
        return type.isPrimitive() && type != void.class ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0) : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(GephiImportTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
