package io.cardvault.domain.collection;

import java.util.Locale;

/** How worn a raw copy is, on the scale collectors and marketplaces use, best first. */
public enum CardCondition {
    NM("Near Mint"),
    LP("Lightly Played"),
    MP("Moderately Played"),
    HP("Heavily Played"),
    DMG("Damaged");

    private final String label;

    CardCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code NM}, {@code nm} or the spelled-out label ({@code Near Mint}); anything else is refused. */
    public static CardCondition parse(String text) {
        InvalidCollectionDataException.require(text != null && !text.isBlank(), "condition", "condition is required");
        String wanted = text.strip();
        for (CardCondition condition : values()) {
            if (condition.name().equalsIgnoreCase(wanted) || condition.label.equalsIgnoreCase(wanted)) {
                return condition;
            }
        }
        throw new InvalidCollectionDataException("condition",
                "condition must be one of NM, LP, MP, HP, DMG: " + wanted.toUpperCase(Locale.ROOT));
    }
}
