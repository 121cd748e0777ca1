package io.cardvault.domain.catalogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a card in one market, as the PokeTrace-compatible API shows it. A US card is a
 * catalogue card read with its US sources; its id is a version-8 UUID (RFC 9562's custom layout)
 * whose last twelve hex digits carry the card id under a fixed prefix, so it is stable across
 * re-imports and nodes and needs no table. An EU card is the Cardmarket product the card is sold
 * as: {@code eu_<Cardmarket product id>}. Clients treat both as opaque.
 */
public sealed interface MarketCardId {

    String PREFIX = "c4d0be15-0000-8000-8000-";
    String EU_PREFIX = "eu_";
    Pattern US_FORM = Pattern.compile("c4d0be15-0000-8000-8000-([0-9a-f]{12})");
    Pattern EU_FORM = Pattern.compile("eu_([1-9][0-9]{0,9})");

    /** The text clients send and receive. */
    String text();

    /** A catalogue card in the US market. */
    record Us(CardId card) implements MarketCardId {
        public Us {
            InvalidCatalogueDataException.require(card != null, "a US card id needs a card");
        }

        @Override
        public String text() {
            return PREFIX + String.format(Locale.ROOT, "%012x", card.value());
        }
    }

    /** A Cardmarket product in the EU market. */
    record Eu(long cardmarketProductId) implements MarketCardId {
        public Eu {
            InvalidCatalogueDataException.require(cardmarketProductId > 0, "Cardmarket ids are positive: " + cardmarketProductId);
        }

        @Override
        public String text() {
            return EU_PREFIX + cardmarketProductId;
        }
    }

    /** The id {@code text} spells, or empty when it is not one (any other text is an unknown card, never an error). */
    static Optional<MarketCardId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher us = US_FORM.matcher(text);
        if (us.matches()) {
            long value = Long.parseLong(us.group(1), 16);
            return value > 0 ? Optional.of(new Us(new CardId(value))) : Optional.empty();
        }
        Matcher eu = EU_FORM.matcher(text);
        if (eu.matches()) {
            long value = Long.parseLong(eu.group(1));
            return value <= Integer.MAX_VALUE * 2L + 1 ? Optional.of(new Eu(value)) : Optional.empty();
        }
        return Optional.empty();
    }
}
