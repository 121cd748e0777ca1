package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * In-memory fake of the priced-variant listing over a small catalogue: a variant is listed when it
 * or its card has a marketplace product id (its own wins), and the first listed variant of a card
 * that is not a reverse holo is the card's primary one, as in the MariaDB adapter.
 */
public final class InMemoryPricedVariants implements LoadPricedVariantsPort {

    /** A card of the fixture: its set has the card's id and the TCGplayer group {@code card id + 1,000,000}. */
    private record Card(long id, String gameSlug, String name, Long cardmarketProductId, Long tcgplayerProductId) {
    }

    private record Variant(long id, long cardId, String printRun, String finish, Long cardmarketProductId,
                           Long tcgplayerProductId) {
    }

    private final Map<Long, Card> cards = new TreeMap<>();
    private final Map<Long, Variant> variants = new TreeMap<>();

    public synchronized void givenCard(long cardId, String gameSlug, String name, Long cardmarketProductId,
                                       Long tcgplayerProductId) {
        cards.put(cardId, new Card(cardId, gameSlug, name, cardmarketProductId, tcgplayerProductId));
    }

    public synchronized void givenVariant(long cardId, long variantId, String printRun, String finish, Long cardmarketProductId,
                                          Long tcgplayerProductId) {
        variants.put(variantId, new Variant(variantId, cardId, printRun, finish, cardmarketProductId, tcgplayerProductId));
    }

    @Override
    public synchronized List<PricedVariant> pricedVariants() {
        List<PricedVariant> listed = new ArrayList<>();
        Set<Long> cardsWithPrimary = new HashSet<>();
        variants.values().stream()
                .sorted(java.util.Comparator.comparingLong(Variant::cardId).thenComparingLong(Variant::id))
                .forEach(variant -> {
                    Card card = cards.get(variant.cardId());
                    Long cardmarket = variant.cardmarketProductId() != null ? variant.cardmarketProductId() : card.cardmarketProductId();
                    Long tcgplayer = variant.tcgplayerProductId() != null ? variant.tcgplayerProductId() : card.tcgplayerProductId();
                    if (cardmarket == null && tcgplayer == null) {
                        return;
                    }
                    boolean primary = !variant.finish().startsWith("reverse") && cardsWithPrimary.add(card.id());
                    listed.add(new PricedVariant(new VariantId(variant.id()), new CardId(card.id()), new CardSetId(card.id()),
                            card.gameSlug(), "contract-" + card.id(), "Base Set", LocalDate.of(1999, 1, 9), card.name(), "1/1",
                            "Rare Holo", variant.finish(), primary, cardmarket, tcgplayer, card.id() + 1_000_000,
                            PrintRun.fromCode(variant.printRun())));
                });
        return listed;
    }
}
