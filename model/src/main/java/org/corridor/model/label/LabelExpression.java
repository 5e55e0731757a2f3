package org.corridor.model.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.model.UsageException;

/**
 * A releasability label: a boolean expression over tokens, in the style of Apache Accumulo's
 * cell visibility. {@code partner-a&sensitive}, {@code (mx|co)&law-enforcement}. As in Accumulo,
 * {@code &} and {@code |} may not be mixed without parentheses, so that no reader has to know a
 * precedence rule. The empty expression means public. Parsing is a recursive descent in
 * O(length); evaluation is O(tokens).
 */
public final class LabelExpression {
    public static final LabelExpression PUBLIC = new LabelExpression("", null);

    private final String text;
    private final Node root;

    private LabelExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    public static LabelExpression parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return PUBLIC;
        }
        Parser parser = new Parser(trimmed);
        Node root = parser.expression();
        if (parser.pos != trimmed.length()) {
            throw parser.error("unexpected '" + trimmed.charAt(parser.pos) + "'");
        }
        return new LabelExpression(root.toString(), root);
    }

    /** True when a reader holding these authorisations may see what carries this label. */
    public boolean visibleTo(Authorizations authorizations) {
        return root == null || authorizations.isAll() || root.eval(authorizations.tokens());
    }

    public boolean isPublic() {
        return root == null;
    }

    /** Canonical text: tokens and operators without spaces, parentheses only where needed. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelExpression other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private sealed interface Node permits Token, And, Or {
        boolean eval(Set<String> tokens);
    }

    private record Token(String name) implements Node {
        public boolean eval(Set<String> tokens) {
            return tokens.contains(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private record And(List<Node> terms) implements Node {
        public boolean eval(Set<String> tokens) {
            return terms.stream().allMatch(t -> t.eval(tokens));
        }

        @Override
        public String toString() {
            return join(terms, "&");
        }
    }

    private record Or(List<Node> terms) implements Node {
        public boolean eval(Set<String> tokens) {
            return terms.stream().anyMatch(t -> t.eval(tokens));
        }

        @Override
        public String toString() {
            return join(terms, "|");
        }
    }

    private static String join(List<Node> terms, String op) {
        StringBuilder sb = new StringBuilder();
        for (Node term : terms) {
            if (!sb.isEmpty()) {
                sb.append(op);
            }
            sb.append(term instanceof Token ? term.toString() : "(" + term + ")");
        }
        return sb.toString();
    }

    static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '/';
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node expression() {
            List<Node> terms = new ArrayList<>();
            terms.add(term());
            char op = 0;
            while (true) {
                skipSpaces();
                if (pos >= text.length() || text.charAt(pos) == ')') {
                    break;
                }
                char c = text.charAt(pos);
                if (c != '&' && c != '|') {
                    throw error("expected & or | but found '" + c + "'");
                }
                if (op != 0 && c != op) {
                    throw error("& and | are mixed without parentheses");
                }
                op = c;
                pos++;
                terms.add(term());
            }
            if (terms.size() == 1) {
                return terms.get(0);
            }
            return op == '&' ? new And(List.copyOf(terms)) : new Or(List.copyOf(terms));
        }

        Node term() {
            skipSpaces();
            if (pos >= text.length()) {
                throw error("expression ends where a token was expected");
            }
            if (text.charAt(pos) == '(') {
                pos++;
                Node inner = expression();
                skipSpaces();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw error("a '(' is not closed");
                }
                pos++;
                return inner;
            }
            int start = pos;
            while (pos < text.length() && isTokenChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a token but found '" + text.charAt(pos) + "'");
            }
            return new Token(text.substring(start, pos));
        }

        void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        UsageException error(String what) {
            return new UsageException("label '" + text + "' at character " + (pos + 1) + ": " + what
                    + "; write tokens joined by & or |, with parentheses, e.g. (partner-a|partner-b)&sensitive");
        }
    }
}
