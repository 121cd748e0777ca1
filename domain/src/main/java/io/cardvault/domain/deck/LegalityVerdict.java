package io.cardvault.domain.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules say about a deck: legal, illegal (with every problem found), or unchecked when no
 * rules are known for its game or format (then {@code note} says so, and only what can be checked
 * generically, that every card is of the deck's game, gives problems). {@code ruleset} names the rules
 * applied ({@code mtg-constructed}, {@code mtg-commander}, {@code pokemon-standard}, {@code generic}…).
 */
public record LegalityVerdict(Status status, String ruleset, String note, List<LegalityProblem> problems) {

    /** The three answers. */
    public enum Status {
        LEGAL, ILLEGAL, UNCHECKED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LegalityVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(note, "note");
        problems = List.copyOf(problems);
    }

    /** True or false when rules were applied; empty when unchecked. */
    public Optional<Boolean> legal() {
        return status == Status.UNCHECKED ? Optional.empty() : Optional.of(status == Status.LEGAL);
    }

    static LegalityVerdict judged(String ruleset, String note, List<LegalityProblem> problems) {
        return new LegalityVerdict(problems.isEmpty() ? Status.LEGAL : Status.ILLEGAL, ruleset, note, problems);
    }

    static LegalityVerdict unchecked(String ruleset, String note, List<LegalityProblem> problems) {
        return new LegalityVerdict(problems.isEmpty() ? Status.UNCHECKED : Status.ILLEGAL, ruleset, note, problems);
    }
}
