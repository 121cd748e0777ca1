package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.Card;
import java.util.Objects;

/** One card row of a catalogue source: either read into a card, or unreadable with a reason. */
public sealed interface SourceRow {

    String rowId();

    /** A card read from the source, naming its set by the source's own set id. */
    record Parsed(String setExternalId, Card card) implements SourceRow {

        public Parsed {
            Objects.requireNonNull(setExternalId, "setExternalId");
            Objects.requireNonNull(card, "card");
        }

        @Override
        public String rowId() {
            return card.externalId();
        }
    }

    /** A row that breaks a rule of the catalogue (no name, no id, a malformed value…). */
    record Unreadable(String rowId, String reason) implements SourceRow {

        public Unreadable {
            Objects.requireNonNull(rowId, "rowId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
