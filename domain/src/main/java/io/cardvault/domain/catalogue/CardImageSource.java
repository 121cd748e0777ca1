package io.cardvault.domain.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The upstreams whose card pictures can be addressed from stored facts alone, tried in this order;
 * each constant is one game's (or catalogue's) address scheme, so a new game's pictures are one more
 * constant. No picture is fetched or checked here: an address may not resolve upstream (a card the
 * upstream has no scan of), and pages show a placeholder then.
 */
public enum CardImageSource {

    /**
     * tcgdex (Pokémon, international and Asian): {@code https://assets.tcgdex.net/<language>/<series
     * id>/<set id>/<local id>/{high,low}.webp}, the scheme tcgdex documents for its card assets, in the
     * set's main language.
     */
    TCGDEX("tcgdex", "https://assets.tcgdex.net") {
        @Override
        Optional<CardImages> derive(CardImageFacts card) {
            if (card.catalogue() == null || !card.catalogue().startsWith("tcgdex") || blank(card.language())
                    || blank(card.seriesId()) || blank(card.setExternalId()) || blank(card.localId())) {
                return Optional.empty();
            }
            String base = origin() + "/" + segment(card.language()) + "/" + segment(card.seriesId()) + "/"
                    + segment(card.setExternalId()) + "/" + segment(card.localId());
            return Optional.of(new CardImages(new CardImage(base + "/high.webp", label(), 600, 825, "webp"),
                    new CardImage(base + "/low.webp", label(), 245, 337, "webp")));
        }
    },

    /**
     * Scryfall (Magic): {@code https://cards.scryfall.io/<size>/front/<1st char>/<2nd char>/<scryfall
     * id>.jpg}, {@code normal} (488 × 680) and {@code small} (146 × 204).
     */
    SCRYFALL("scryfall", "https://cards.scryfall.io") {
        @Override
        Optional<CardImages> derive(CardImageFacts card) {
            if (card.scryfallId() == null) {
                return Optional.empty();
            }
            String id = card.scryfallId().toString();
            String path = "/front/" + id.charAt(0) + "/" + id.charAt(1) + "/" + id + ".jpg";
            return Optional.of(new CardImages(new CardImage(origin() + "/normal" + path, label(), 488, 680, "jpg"),
                    new CardImage(origin() + "/small" + path, label(), 146, 204, "jpg")));
        }
    },

    /**
     * YGOPRODeck (Yu-Gi-Oh!): {@code https://images.ygoprodeck.com/images/cards/<id>.jpg} and
     * {@code cards_small/<id>.jpg}, by the YGOPRODeck id (the card's password for its main artwork).
     */
    YGOPRODECK("ygoprodeck", "https://images.ygoprodeck.com") {
        @Override
        Optional<CardImages> derive(CardImageFacts card) {
            if (card.ygoprodeckId() == null) {
                return Optional.empty();
            }
            String file = card.ygoprodeckId() + ".jpg";
            return Optional.of(new CardImages(
                    new CardImage(origin() + "/images/cards/" + file, label(), 421, 614, "jpg"),
                    new CardImage(origin() + "/images/cards_small/" + file, label(), 168, 246, "jpg")));
        }
    };

    private static final String UNRESERVED = "-._~!$&'()*+,;=:@";

    private final String label;
    private final String origin;

    CardImageSource(String label, String origin) {
        this.label = label;
        this.origin = origin;
    }

    /** Where its pictures are served from (scheme and host): what a page's image policy must allow. */
    public String origin() {
        return origin;
    }

    /** The source label the API and pages show beside a picture. */
    public String label() {
        return label;
    }

    abstract Optional<CardImages> derive(CardImageFacts card);

    /** The pictures of the first source that can address this card's, if any. */
    public static Optional<CardImages> imagesOf(CardImageFacts card) {
        if (card == null) {
            return Optional.empty();
        }
        for (CardImageSource source : values()) {
            Optional<CardImages> images = source.derive(card);
            if (images.isPresent()) {
                return images;
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * One path segment: characters a segment may hold stay, an escape already in the data stays
     * (tcgdex's local id of the "?" Unown is {@code %3F}), anything else is percent-encoded as UTF-8.
     */
    static String segment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) && hex(text.charAt(i + 2));
            if (c < 128 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0) || escape) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
