package io.cardvault.domain.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bulk files CardVault publishes, like Scryfall's bulk data: each is one gzip file of JSON
 * lines, rewritten daily, for integrators who would otherwise walk the API card by card.
 */
public enum BulkDataKind {

    /** Every card of every game, one line per card with its set, numbers, cross-references and variants. */
    ALL_CARDS("all_cards", "All Cards",
            "Every card of every game, one JSON object per line: set, numbers, cross-references and variants."),
    /** The newest non-outlier price of every price series, one line per series. */
    LATEST_PRICES("latest_prices", "Latest Prices",
            "The newest price of every series (card, variant, source, type, grading), one JSON object per line.");

    private final String code;
    private final String title;
    private final String description;

    BulkDataKind(String code, String title, String description) {
        this.code = code;
        this.title = title;
        this.description = description;
    }

    /** The name clients send and read ({@code all_cards}). */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static Optional<BulkDataKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
