package org.corridor.model.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.model.UsageException;
import org.junit.jupiter.api.Test;

class LabelExpressionTest {

    @Test
    void anEmptyLabelIsPublicAndVisibleToEveryone() {
        assertThat(LabelExpression.parse("").isPublic()).isTrue();
        assertThat(LabelExpression.parse("  ").visibleTo(Authorizations.NONE)).isTrue();
    }

    @Test
    void aConjunctionNeedsEveryToken() {
        LabelExpression label = LabelExpression.parse("partner-a & sensitive");
        assertThat(label.visibleTo(Authorizations.of("partner-a", "sensitive"))).isTrue();
        assertThat(label.visibleTo(Authorizations.of("partner-a"))).isFalse();
        assertThat(label.visibleTo(Authorizations.NONE)).isFalse();
    }

    @Test
    void aDisjunctionNeedsAnyToken() {
        LabelExpression label = LabelExpression.parse("mx|co");
        assertThat(label.visibleTo(Authorizations.of("co"))).isTrue();
        assertThat(label.visibleTo(Authorizations.of("ec"))).isFalse();
    }

    @Test
    void parenthesesGroupMixedOperators() {
        LabelExpression label = LabelExpression.parse("(mx|co)&law-enforcement");
        assertThat(label.visibleTo(Authorizations.of("co", "law-enforcement"))).isTrue();
        assertThat(label.visibleTo(Authorizations.of("co"))).isFalse();
        assertThat(label.toString()).isEqualTo("(mx|co)&law-enforcement");
    }

    @Test
    void theOwnerSeesEveryLabel() {
        assertThat(LabelExpression.parse("secret&partner-z").visibleTo(Authorizations.ALL)).isTrue();
    }

    @Test
    void mixingOperatorsWithoutParenthesesIsRefusedWithThePosition() {
        assertThatThrownBy(() -> LabelExpression.parse("a&b|c"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("label 'a&b|c' at character 4")
                .hasMessageContaining("mixed without parentheses");
    }

    @Test
    void unbalancedParenthesesAndEmptyTermsAreRefused() {
        assertThatThrownBy(() -> LabelExpression.parse("(a|b")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> LabelExpression.parse("a&")).hasMessageContaining("token was expected");
        assertThatThrownBy(() -> LabelExpression.parse("a b")).hasMessageContaining("expected & or |");
    }

    @Test
    void authorisationsParseFromCommaSeparatedTokens() {
        assertThat(Authorizations.parse("a, b").tokens()).containsExactlyInAnyOrder("a", "b");
        assertThat(Authorizations.parse("*").isAll()).isTrue();
        assertThat(Authorizations.parse("").tokens()).isEmpty();
    }

    // --- properties: the parser and evaluator agree with a naive evaluation of the tree they print from

    sealed interface Expr permits Tok, All, Any { }

    record Tok(String name) implements Expr { }

    record All(List<Expr> terms) implements Expr { }

    record Any(List<Expr> terms) implements Expr { }

    static boolean naive(Expr e, Set<String> held) {
        return switch (e) {
            case Tok t -> held.contains(t.name());
            case All a -> a.terms().stream().allMatch(x -> naive(x, held));
            case Any o -> o.terms().stream().anyMatch(x -> naive(x, held));
        };
    }

    static String print(Expr e) {
        return switch (e) {
            case Tok t -> t.name();
            case All a -> "(" + String.join(" & ", a.terms().stream().map(LabelExpressionTest::print).toList()) + ")";
            case Any o -> "(" + String.join("|", o.terms().stream().map(LabelExpressionTest::print).toList()) + ")";
        };
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expr(3);
    }

    private Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> token = Arbitraries.of("a", "b", "c", "mx", "partner-1").map(Tok::new);
        if (depth == 0) {
            return token;
        }
        Arbitrary<List<Expr>> terms = Arbitraries.lazy(() -> expr(depth - 1)).list().ofMinSize(2).ofMaxSize(3);
        return Arbitraries.oneOf(token, terms.map(All::new), terms.map(Any::new));
    }

    @Provide
    Arbitrary<Set<String>> held() {
        return Arbitraries.of("a", "b", "c", "mx", "partner-1").set().ofMaxSize(5);
    }

    @Property(tries = 300)
    void evaluationMatchesANaiveEvaluationOfTheSameTree(@ForAll("expressions") Expr expr, @ForAll("held") Set<String> held) {
        assertThat(LabelExpression.parse(print(expr)).visibleTo(Authorizations.of(held))).isEqualTo(naive(expr, held));
    }

    @Property(tries = 300)
    void theCanonicalFormParsesToItself(@ForAll("expressions") Expr expr) {
        String canonical = LabelExpression.parse(print(expr)).toString();
        assertThat(LabelExpression.parse(canonical).toString()).isEqualTo(canonical);
    }

    @Property(tries = 50)
    void pairsOfTermsCombineAsConjunctions(@ForAll("expressions") Expr left, @ForAll("expressions") Expr right,
            @ForAll("held") Set<String> held) {
        Expr both = new All(List.of(left, right));
        assertThat(LabelExpression.parse(print(both)).visibleTo(Authorizations.of(held)))
                .isEqualTo(naive(left, held) && naive(right, held));
    }
}
