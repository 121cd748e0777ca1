package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ExportCataloguePort} on a store that starts empty for each test. The adapter
 * under test walks in chunks of at most {@link #CHUNK} records, so the walks cross chunk borders.
 */
public abstract class ExportCataloguePortContract {

    /** The chunk size the real adapter is built with for the contract. */
    protected static final int CHUNK = 3;

    protected abstract void freshStore();

    protected abstract ExportCataloguePort export();

    /** A Pokémon card (game slug {@code pokemon}) in a set of its own. */
    protected abstract void givenCard(long cardId, String name);

    /** A variant of the card (English, unlimited print run) with that finish. */
    protected abstract void givenVariant(long cardId, long variantId, String finish);

    /** The newest price of a raw series of that variant, from a run marked sandbox or not. */
    protected abstract void givenLatestPrice(long cardId, long variantId, String source, String priceType, BigDecimal amount,
                                             LocalDate day, boolean sandbox);

    @BeforeEach
    void startEmpty() {
        freshStore();
    }

    @Test
    void givenAnEmptyCatalogue_exportCards_handsOverNothing() {
        List<BulkCard> cards = new ArrayList<>();
        assertThat(export().exportCards(cards::add)).isZero();
        assertThat(cards).isEmpty();
    }

    @Test
    void givenMoreCardsThanAChunk_exportCards_handsOverEveryCardOnceInIdOrderWithItsVariants() {
        for (long id = 1; id <= 2 * CHUNK + 1; id++) {
            givenCard(id, "Card " + id);
            givenVariant(id, 100 + 2 * id, "normal");
            givenVariant(id, 101 + 2 * id, "holofoil");
        }

        List<BulkCard> cards = new ArrayList<>();
        long count = export().exportCards(cards::add);

        assertThat(count).isEqualTo(2 * CHUNK + 1);
        assertThat(cards).extracting(BulkCard::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(cards.get(4).name()).isEqualTo("Card 5");
        assertThat(cards.get(4).game()).isEqualTo("pokemon");
        assertThat(cards.get(4).variants()).extracting(BulkCard.BulkVariant::id).containsExactlyInAnyOrder(110L, 111L);
        assertThat(cards.get(4).variants()).extracting(BulkCard.BulkVariant::finish).containsExactlyInAnyOrder("normal", "holofoil");
    }

    @Test
    void givenACardWithoutVariants_exportCards_handsItOverWithNone() {
        givenCard(1, "Lonely");

        List<BulkCard> cards = new ArrayList<>();
        export().exportCards(cards::add);

        assertThat(cards).singleElement().satisfies(card -> assertThat(card.variants()).isEmpty());
    }

    @Test
    void givenMorePricesThanAChunk_exportLatestPrices_handsOverEachOnceWithItsProvenance() {
        for (long id = 1; id <= CHUNK + 2; id++) {
            givenCard(id, "Priced " + id);
            givenVariant(id, 100 + id, "normal");
            givenLatestPrice(id, 100 + id, "cardmarket", "trend", new BigDecimal("1.50").add(BigDecimal.valueOf(id)),
                    LocalDate.of(2026, 12, 6), id % 2 == 0);
        }

        List<BulkPrice> prices = new ArrayList<>();
        long count = export().exportLatestPrices(prices::add);

        assertThat(count).isEqualTo(CHUNK + 2);
        assertThat(prices).extracting(BulkPrice::cardId).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        BulkPrice second = prices.stream().filter(price -> price.cardId() == 2).findFirst().orElseThrow();
        assertThat(second.variantId()).isEqualTo(102);
        assertThat(second.amount()).isEqualByComparingTo("3.50");
        assertThat(second.source()).isEqualTo("cardmarket");
        assertThat(second.priceType()).isEqualTo("trend");
        assertThat(second.gradingCompany()).isNull();
        assertThat(second.asOf()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(second.sandbox()).isTrue();
        assertThat(prices.stream().filter(price -> price.cardId() == 1).findFirst().orElseThrow().sandbox()).isFalse();
    }
}
