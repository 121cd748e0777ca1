package io.cardvault.domain.catalogue;

import java.util.UUID;

/**
 * The stored facts a card's picture address is derived from, whichever game it belongs to:
 * its set's catalogue (the source name, {@code tcgdex-en}), main language, upstream series id and
 * set id, the card's local id in the set, and the cross references that address pictures
 * (Scryfall id, YGOPRODeck id). Any may be absent ({@code null}); {@link CardImageSource} says
 * which ones each source needs.
 */
public record CardImageFacts(String catalogue, String language, String seriesId, String setExternalId, String localId,
                             UUID scryfallId, Long ygoprodeckId) {

    private static final CardImageFacts NONE = new CardImageFacts(null, null, null, null, null, null, null);

    /** A card nothing is known of: no picture derives from it. */
    public static CardImageFacts none() {
        return NONE;
    }

    /** The facts of a card of a set as a catalogue source delivers them (what the store keeps of both). */
    public static CardImageFacts of(CardSet set, Card card) {
        return new CardImageFacts(set.key().catalogue(), set.language().code(), set.seriesId(), set.key().externalId(),
                card.number().localId(), card.crossReferences().scryfallId(), card.crossReferences().ygoprodeckId());
    }

    /** The picture this card has, if any source can address one. */
    public java.util.Optional<CardImages> images() {
        return CardImageSource.imagesOf(this);
    }
}
