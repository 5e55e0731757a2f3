package org.corridor.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.EntityTagger;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;
import org.corridor.extract.text.Tagged;

/**
 * Stanford CoreNLP's CRF named-entity recogniser (Finkel, Grenager and Manning 2005), English and
 * Spanish, in its fast configuration: tokenise, split sentences, one CRF model per language, no
 * SUTime, no numeric classifiers, no fine-grained regexner. Linear in the length of the text.
 *
 * <p>Long texts are tagged a block of paragraphs at a time so memory stays bounded by the block
 * size, not the document's. Pipelines are built lazily, once per language, and shared by threads
 * (CoreNLP's annotators are thread-safe once loaded).
 */
public final class CoreNlpTagger implements EntityTagger {
    static final int BLOCK = 20_000;
    private final Map<Language, StanfordCoreNLP> pipelines = new EnumMap<>(Language.class);

    @Override
    public String name() {
        return "corenlp-4.5.10";
    }

    /** Loads the models of the given languages now rather than on first use. */
    public CoreNlpTagger preload(Language... languages) {
        for (Language language : languages) {
            pipeline(language);
        }
        return this;
    }

    @Override
    public Tagged tag(String text, Language language) {
        return tag(text, language, done -> { });
    }

    /** Reports progress after each block. */
    @Override
    public Tagged tag(String text, Language language, java.util.function.LongConsumer charactersDone) {
        StanfordCoreNLP pipeline = pipeline(language);
        List<Span> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Span block : blocks(text)) {
            Annotation annotation = new Annotation(block.of(text));
            pipeline.annotate(annotation);
            collect(annotation, block.start(), text, language, sentences, mentions);
            charactersDone.accept(block.end());
        }
        return new Tagged(sentences, mentions);
    }

    /** Blocks of whole paragraphs of at most {@link #BLOCK} characters (a longer paragraph is cut at a line end or space). */
    static List<Span> blocks(String text) {
        List<Span> blocks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + BLOCK);
            if (end < text.length()) {
                int cut = text.lastIndexOf("\n\n", end);
                if (cut <= start) {
                    cut = text.lastIndexOf('\n', end);
                }
                if (cut <= start) {
                    cut = text.lastIndexOf(' ', end);
                }
                end = cut <= start ? end : cut + 1;
            }
            blocks.add(new Span(start, end));
            start = end;
        }
        return blocks;
    }

    private static void collect(Annotation annotation, int offset, String text, Language language, List<Span> sentences,
            List<Mention> mentions) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Span(offset + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    offset + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tokens.size()) {
                EntityKind kind = kind(tokens.get(i).ner());
                if (kind == null) {
                    i++;
                    continue;
                }
                String tag = tokens.get(i).ner();
                int j = i + 1;
                while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
                    j++;
                }
                int start = offset + tokens.get(i).beginPosition();
                int end = offset + tokens.get(j - 1).endPosition();
                mentions.add(new Mention(new Span(start, end), text.substring(start, end), kind, "ner", 0.85, null, null));
                i = j;
            }
        }
    }

    /** CoreNLP's English (PERSON, ORGANIZATION, LOCATION) and Spanish (PERS, ORG, LUG, OTROS) tags. */
    static EntityKind kind(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON", "PERS" -> EntityKind.PERSON;
            case "ORGANIZATION", "ORG" -> EntityKind.ORGANIZATION;
            case "LOCATION", "LUG", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityKind.PLACE;
            case "MISC", "OTROS" -> EntityKind.MISC;
            default -> null;
        };
    }

    private StanfordCoreNLP pipeline(Language language) {
        synchronized (pipelines) {
            return pipelines.computeIfAbsent(language, l -> {
                // CoreNLP reports each model it loads on stderr; Corridor's own report says what was read
                edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
                return new StanfordCoreNLP(properties(l));
            });
        }
    }

    public static Properties properties(Language language) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,untokenizable=noneKeep");
        if (language == Language.ES) {
            p.setProperty("tokenize.language", "es");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");
            p.setProperty("ner.language", "es");
        } else {
            p.setProperty("tokenize.language", "en");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        }
        return p;
    }
}
