package io.cardvault.adapter.in.rest.deck;

import io.cardvault.application.port.in.deck.DeckLegalityReport;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.DeckSection;
import java.util.List;

/**
 * {@code GET /decks/{id}/legality}: {@code legal} true or false when rules were applied, null when unchecked
 * ({@code status} legal / illegal / unchecked); {@code rules} names the rule set, {@code note} says what was checked
 * (for games without known rules: the generic answer, said as such); each problem names its card and rule.
 */
public record DeckLegalityResponse(long deckId, String tcgSlug, String format, Boolean legal, String status, String rules,
                                   String note, String checkedOn, int mainCount, int sideboardCount, int commanderCount,
                                   List<Problem> problems) {

    /** One problem: the card (null for a rule of the whole deck), the rule's slug and a sentence. */
    public record Problem(Long cardId, String cardName, String rule, String message) {
    }

    static DeckLegalityResponse from(DeckLegalityReport report) {
        var deck = report.deck();
        var verdict = report.verdict();
        return new DeckLegalityResponse(deck.id().value(), deck.deck().game(), deck.deck().format().orElse(null),
                verdict.legal().orElse(null), verdict.status().code(), verdict.ruleset(), verdict.note(), report.day().toString(),
                deck.count(DeckSection.MAIN), deck.count(DeckSection.SIDEBOARD), deck.count(DeckSection.COMMANDER),
                verdict.problems().stream().map(problem -> new Problem(problem.card().map(CardId::value).orElse(null),
                        problem.cardName().orElse(null), problem.rule(), problem.message())).toList());
    }
}
