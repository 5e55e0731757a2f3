package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;

/**
 * A person, organisation or country that a document names, with every mention of it. The name is
 * the fullest form the document uses; {@code listed} is the workspace party it was linked to, and
 * {@code links} says why each shorter form belongs to it.
 */
public final class DocEntity {
    private final int number;
    private EntityKind kind;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final java.util.Set<String> linkSet = new java.util.HashSet<>();
    private Mention.Listed listed;
    private String listedBecause;
    private String code;
    private Mention naming;

    DocEntity(int number, EntityKind kind) {
        this.number = number;
        this.kind = kind;
    }

    public int number() {
        return number;
    }

    public EntityKind kind() {
        return kind;
    }

    void kind(EntityKind newKind) {
        kind = newKind;
    }

    public List<Mention> mentions() {
        return java.util.Collections.unmodifiableList(mentions);
    }

    public List<String> links() {
        return links;
    }

    public Mention.Listed listed() {
        return listed;
    }

    public String listedBecause() {
        return listedBecause;
    }

    /**
     * Links the entity to a listed party; a link enough to stand on (see {@link Mention.Listed#weak})
     * replaces a weak one, so an entity named "Nicolás" and "Nicolás Maduro Moros" stands on the fuller name.
     */
    void list(Mention.Listed party, String because) {
        if (listed == null || (listed.weak() && !party.weak())) {
            listed = party;
            listedBecause = because;
        }
    }

    /** The link is only a proposal after all: the document says something against it. */
    void demote(String why) {
        if (listed != null && !listed.weak()) {
            listed = listed.judged(true, why);
            listedBecause = listedBecause + "; not linked after all: " + why;
        }
    }

    public String code() {
        return code;
    }

    void code(String c) {
        code = c;
    }

    void add(Mention mention, String because) {
        mentions.add(mention);
        // the naming mention is a fold over the mentions in order, kept up to date as each is added:
        // recomputing it after every addition made an entity named a thousand times cost a million steps
        if (naming == null || (!mention.origin().equals("acronym")
                && (naming.origin().equals("acronym") || words(mention) > words(naming)))) {
            naming = mention;
        }
        if (because != null && linkSet.add(because)) {
            links.add(because);
        }
        if (mention.listed() != null) {
            Mention.Listed l = mention.listed();
            list(l, "'" + mention.text() + "' is written as the listed name '" + l.name() + "' of " + l.caption() + " ("
                    + l.entityId() + ")" + (l.why() == null ? "" : (l.weak() ? "; not linked on this alone: " : "; linked: ") + l.why()));
        }
        if (mention.code() != null && code == null) {
            code = mention.code();
        }
    }

    /** The mention that gives the name: the longest in words, the first of those. */
    public Mention naming() {
        if (naming == null) {
            throw new IllegalStateException("entity " + number + " has no mention yet");
        }
        return naming;
    }

    public String name() {
        return naming().text();
    }

    private static int words(Mention m) {
        String t = m.text().strip();
        int words = t.isEmpty() ? 0 : 1;
        for (int i = 1; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i)) && !Character.isWhitespace(t.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    @Override
    public String toString() {
        return kind + " " + name() + (listed == null ? "" : " -> " + listed.entityId());
    }
}
