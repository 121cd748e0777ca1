package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Contract of {@link WishlistStorePort}; each test uses owners and cards of its own. */
public abstract class WishlistStorePortContract {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract WishlistStorePort store();

    protected abstract AccountId anOwner();

    protected abstract CardId aCard();

    /** Where racing calls run; an in-container test gives the container's managed threads. */
    protected Executor racers() {
        return Race.ownThreads();
    }

    @Test
    void givenWishSavedTwiceForOneCard_findByOwner_holdsOneEntryWithTheLatestLimit() {
        AccountId owner = anOwner();
        CardId card = aCard();
        store().save(WishlistEntry.wish(owner, card, Optional.of(Money.of("750", "EUR")), DAY));
        store().save(WishlistEntry.wish(owner, card, Optional.of(Money.of("700", "EUR")), DAY));

        List<WishlistEntry> wishes = store().findByOwner(owner);
        assertThat(wishes).hasSize(1);
        assertThat(wishes.get(0).maxPrice()).contains(Money.of("700", "EUR"));
        assertThat(wishes.get(0).addedAt()).isEqualTo(DAY);
    }

    @Test
    void givenWishes_findByOwner_listsNewestFirstAndOnlyTheOwners() {
        AccountId owner = anOwner();
        CardId older = aCard();
        CardId newer = aCard();
        store().save(WishlistEntry.wish(owner, older, Optional.empty(), DAY));
        store().save(WishlistEntry.wish(owner, newer, Optional.empty(), DAY.plusSeconds(60)));
        store().save(WishlistEntry.wish(anOwner(), older, Optional.empty(), DAY));

        assertThat(store().findByOwner(owner)).extracting(WishlistEntry::card).containsExactly(newer, older);
    }

    @Test
    void givenNotifiedState_save_keepsItForTheNextPriceMove() {
        AccountId owner = anOwner();
        CardId card = aCard();
        WishlistEntry notified = new WishlistEntry(owner, card, Optional.of(Money.of("10", "USD")), DAY, Optional.of(DAY.plusSeconds(3600)));
        store().save(notified);
        assertThat(store().findByOwner(owner).get(0).notifiedAt()).contains(DAY.plusSeconds(3600));
    }

    @Test
    void givenWishesWithAndWithoutLimit_findPriceWatchesFor_returnsOnlyLimitedOnesOnThoseCards() {
        CardId watched = aCard();
        CardId other = aCard();
        AccountId withLimit = anOwner();
        store().save(WishlistEntry.wish(withLimit, watched, Optional.of(Money.of("5", "EUR")), DAY));
        store().save(WishlistEntry.wish(anOwner(), watched, Optional.empty(), DAY));
        store().save(WishlistEntry.wish(anOwner(), other, Optional.of(Money.of("5", "EUR")), DAY));

        assertThat(store().findPriceWatchesFor(List.of(watched))).extracting(WishlistEntry::owner).containsExactly(withLimit);
        // a whole market file names thousands of cards: the same answer
        assertThat(store().findPriceWatchesFor(PriceAlertStorePortContract.marketFileWith(watched)))
                .extracting(WishlistEntry::owner).containsExactly(withLimit);
    }


    @Test
    void givenWish_delete_removesItOnceAndSaysSo() {
        AccountId owner = anOwner();
        CardId card = aCard();
        store().save(WishlistEntry.wish(owner, card, Optional.empty(), DAY));
        assertThat(store().delete(owner, card)).isTrue();
        assertThat(store().delete(owner, card)).isFalse();
        assertThat(store().findByOwner(owner)).isEmpty();
    }

    @Test
    void givenTheSameNewWishSavedTwiceAtOnce_save_succeedsBothTimesAndKeepsOneEntry() {
        AccountId owner = anOwner();
        CardId card = aCard();
        Callable<Boolean> save = () -> {
            store().save(WishlistEntry.wish(owner, card, Optional.of(Money.of("20", "EUR")), DAY));
            return true;
        };

        assertThat(Race.run(racers(), List.of(save, save, save))).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(store().findByOwner(owner)).hasSize(1);
    }

    @Test
    void givenNotifiedWish_savingItRearmed_clearsTheNotifiedState() {
        AccountId owner = anOwner();
        CardId card = aCard();
        WishlistEntry notified = new WishlistEntry(owner, card, Optional.of(Money.of("10", "USD")), DAY, Optional.of(DAY));
        store().save(notified);
        store().save(new WishlistEntry(owner, card, Optional.of(Money.of("10", "USD")), DAY, Optional.empty()));
        assertThat(store().findByOwner(owner).get(0).notifiedAt()).isEmpty();
        assertThat(store().findPriceWatchesFor(List.of())).isEmpty();
    }
}
