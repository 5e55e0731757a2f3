package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corridor.extract.doc.Document;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;

/** The binary-searched lookup of mentions in a span gives exactly what a scan of every mention gives. */
class MentionsInTest {
    @Property(tries = 300)
    void mentionsInASpanEqualAPlainScan(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 200) Integer> starts,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 12) Integer> lengths, @ForAll boolean sorted,
            @ForAll @IntRange(min = 0, max = 210) int from, @ForAll @IntRange(min = 0, max = 60) int width) {
        Work work = new Work(new Document("d", "text", "x".repeat(300), "", null, "", "", null, new ArrayList<>()));
        List<Integer> order = new ArrayList<>(starts);
        if (sorted) {
            order.sort(Integer::compare);
        }
        for (int i = 0; i < order.size(); i++) {
            int length = lengths.isEmpty() ? 1 : lengths.get(i % lengths.size());
            work.mentions.add(new Mention(new Span(order.get(i), order.get(i) + length), "m" + i, EntityKind.PERSON, "test", 1, null, null));
        }
        Span span = new Span(from, from + width);
        List<Mention> scan = new ArrayList<>();
        for (Mention m : work.mentions) {
            if (span.contains(m.span())) {
                scan.add(m);
            }
        }
        assertThat(work.mentionsIn(span)).containsExactlyElementsOf(scan);
    }
}
