package io.cardvault.application.service.collection;

import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import java.util.Objects;
import java.util.Optional;

/** What matching one import row against the catalogue gave: a card (and variant, when one is meant), or the reason there is none. */
public sealed interface CardMatch {

    /** The row's card, and the variant its hints chose; no variant when the file does not say which and the card has several. */
    record Found(CardDetails card, Optional<VariantDetails> variant) implements CardMatch {

        public Found {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(variant, "variant");
        }
    }

    /** No card, or no single card or variant, with the reason in words the collector can act on. */
    record Refused(String reason) implements CardMatch {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
