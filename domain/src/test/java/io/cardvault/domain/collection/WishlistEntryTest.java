package io.cardvault.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry.WishOutcome;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WishlistEntryTest {

    private static final Instant ADDED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant DAY1 = Instant.parse("2026-12-02T06:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-12-03T06:00:00Z");

    private static WishlistEntry under(String max) {
        return WishlistEntry.wish(new AccountId(1), new CardId(891), Optional.of(Money.of(max, "EUR")), ADDED);
    }

    @Test
    void givenPriceDropsUnderTheLimit_priceMoved_notifiesOnceUntilThePriceClimbsBack() {
        WishOutcome first = under("750").priceMoved(Money.of("740", "EUR"), DAY1);
        assertThat(first).isInstanceOf(WishOutcome.Notify.class);
        assertThat(((WishOutcome.Notify) first).price()).isEqualTo(Money.of("740", "EUR"));
        assertThat(first.entry().notifiedAt()).contains(DAY1);

        assertThat(first.entry().priceMoved(Money.of("700", "EUR"), DAY2)).isInstanceOf(WishOutcome.Unchanged.class);

        WishOutcome back = first.entry().priceMoved(Money.of("760", "EUR"), DAY2);
        assertThat(back).isInstanceOf(WishOutcome.Rearmed.class);
        assertThat(back.entry().notifiedAt()).isEmpty();
        assertThat(back.entry().priceMoved(Money.of("750", "EUR"), DAY2)).isInstanceOf(WishOutcome.Notify.class);
    }

    @Test
    void givenNoLimit_priceMoved_neverNotifies() {
        WishlistEntry any = WishlistEntry.wish(new AccountId(1), new CardId(891), Optional.empty(), ADDED);
        assertThat(any.priceMoved(Money.of("1", "EUR"), DAY1)).isInstanceOf(WishOutcome.Unchanged.class);
    }

    @Test
    void givenZeroLimit_wish_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> under("0"))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("max_price"));
    }
}
