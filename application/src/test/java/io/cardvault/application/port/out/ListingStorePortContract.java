package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.MarketplaceSamples.euros;
import static io.cardvault.application.port.out.MarketplaceSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.marketplace.ListingFilter;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ListingStorePort}: the in-memory fake and the database adapter must pass it.
 * Each test works on sellers and cards of its own, and browses in an era of its own
 * ({@link MarketplaceSamples#freshEra}), so an implementation may keep data between tests.
 */
public abstract class ListingStorePortContract {

    protected abstract ListingStorePort store();

    /** A fresh account that sells nothing yet. */
    protected abstract AccountId aSeller();

    /** A fresh card of the game with this slug. */
    protected abstract CardId aCard(String game);

    @Test
    void givenNewListing_add_givesItAnIdAndStoresEveryField() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = aSeller();
        CardId card = aCard("pokemon");
        ListingTerms terms = new ListingTerms(card, Optional.of("reverse_holo"), CardCondition.LP,
                Optional.of(Grading.of(GradingCompany.PSA, "9.5")), 3, euros("650.00"), Optional.of("Centred, sharp corners"),
                true, false, List.of("/static/listing_images/2026/12/a1.webp", "/static/listing_images/2026/12/b2.webp"),
                true);
        Listing added = store().add(Listing.create(seller, terms, at));

        Listing found = store().findById(added.requireId()).orElseThrow();
        assertThat(found.seller()).isEqualTo(seller);
        assertThat(found.terms()).isEqualTo(terms);
        assertThat(found.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(found.createdAt()).isEqualTo(at);
        assertThat(found.expiresAt()).isEqualTo(at.plus(Listing.LIFETIME));
        assertThat(found.renewalCount()).isZero();
        assertThat(found.lastRenewedAt()).isEmpty();
    }

    @Test
    void givenUnknownId_findById_isEmpty() {
        assertThat(store().findById(new ListingId(Long.MAX_VALUE - 7))).isEmpty();
    }

    @Test
    void givenStoredListing_update_writesTermsStatusExpiryAndRenewals() {
        Instant at = MarketplaceSamples.freshEra();
        Listing added = store().add(listing(aSeller(), aCard("pokemon"), "10.00", at));
        Instant renewedAt = at.plus(Duration.ofDays(3));
        Listing changed = added.amend(ListingAmendment.none().withPrice(euros("12.50")).withQuantity(2)
                .withBuyNowEnabled(false)).renew(renewedAt);
        store().update(changed);

        Listing found = store().findById(added.requireId()).orElseThrow();
        assertThat(found.terms().price()).isEqualTo(euros("12.50"));
        assertThat(found.terms().quantity()).isEqualTo(2);
        assertThat(found.terms().buyNowEnabled()).isFalse();
        assertThat(found.expiresAt()).isEqualTo(at.plus(Listing.LIFETIME).plus(Listing.RENEWAL));
        assertThat(found.renewalCount()).isEqualTo(1);
        assertThat(found.lastRenewedAt()).contains(renewedAt);

        store().update(found.withdraw());
        assertThat(store().findById(added.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.WITHDRAWN);
    }

    @Test
    void givenListingsOfSeveralStates_findAvailable_givesOnlyActiveUnexpiredNewestFirst() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = aSeller();
        CardId card = aCard("pokemon");
        Listing older = store().add(listing(seller, card, "5.00", at));
        Listing newer = store().add(listing(seller, card, "6.00", at.plusSeconds(60)));
        Listing withdrawn = store().add(listing(seller, card, "7.00", at.plusSeconds(120)));
        store().update(withdrawn.withdraw());

        Slice<Listing> page = store().findAvailable(ListingFilter.all(), at.plusSeconds(300), 10, 0);
        assertThat(page.items()).extracting(Listing::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(store().findAvailable(ListingFilter.all(), at.plusSeconds(300), 1, 1).items())
                .extracting(Listing::id).containsExactly(older.id());
        assertThat(store().findAvailable(ListingFilter.all(), at.plus(Listing.LIFETIME).plusSeconds(61), 10, 0).items())
                .isEmpty();
    }

    @Test
    void givenFilters_findAvailable_narrowsByGamePriceRangeAndCondition() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = aSeller();
        Listing pokemonCheap = store().add(listing(seller, aCard("pokemon"), "2.00", at));
        Listing pokemonDear = store().add(Listing.create(seller,
                MarketplaceSamples.terms(aCard("pokemon"), "650.00").amend(
                        new ListingAmendment(Optional.empty(), Optional.of(CardCondition.MP), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty())), at.plusSeconds(1)));
        Listing magic = store().add(listing(seller, aCard("mtg"), "20.00", at.plusSeconds(2)));
        Instant now = at.plusSeconds(10);

        assertThat(store().findAvailable(new ListingFilter(Optional.of("pokemon"), Optional.empty(), Optional.empty(),
                Optional.empty()), now, 10, 0).items()).extracting(Listing::id)
                .containsExactly(pokemonDear.id(), pokemonCheap.id());
        assertThat(store().findAvailable(new ListingFilter(Optional.empty(), Optional.of(euros("2.00")),
                Optional.of(euros("20.00")), Optional.empty()), now, 10, 0).items()).extracting(Listing::id)
                .containsExactly(magic.id(), pokemonCheap.id());
        assertThat(store().findAvailable(new ListingFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(CardCondition.MP)), now, 10, 0).items()).extracting(Listing::id)
                .containsExactly(pokemonDear.id());
        assertThat(store().findAvailable(new ListingFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(magic.terms().card())), now, 10, 0).items()).extracting(Listing::id)
                .containsExactly(magic.id());
    }

    @Test
    void givenSellersListings_findBySeller_givesEveryStatusNewestFirstAndNoOneElses() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = aSeller();
        CardId card = aCard("pokemon");
        Listing first = store().add(listing(seller, card, "5.00", at));
        Listing second = store().add(listing(seller, card, "6.00", at.plusSeconds(1)));
        store().update(second.withdraw());
        store().add(listing(aSeller(), card, "7.00", at.plusSeconds(2)));

        Slice<Listing> page = store().findBySeller(seller, Optional.empty(), 10, 0);
        assertThat(page.items()).extracting(Listing::id).containsExactly(second.id(), first.id());
        assertThat(page.items().get(0).status()).isEqualTo(ListingStatus.WITHDRAWN);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void givenSellersListingsInSeveralStatuses_findBySellerOfOneStatus_givesOnlyThoseAndTheirCount() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = aSeller();
        CardId card = aCard("pokemon");
        Listing active = store().add(listing(seller, card, "5.00", at));
        Listing withdrawn = store().add(listing(seller, card, "6.00", at.plusSeconds(1)));
        store().update(withdrawn.withdraw());
        Listing draft = store().add(Listing.draft(seller, listing(seller, card, "7.00", at).terms(), at.plusSeconds(2)));

        assertThat(store().findBySeller(seller, Optional.of(ListingStatus.ACTIVE), 10, 0).items()).extracting(Listing::id)
                .containsExactly(active.id());
        Slice<Listing> drafts = store().findBySeller(seller, Optional.of(ListingStatus.DRAFT), 10, 0);
        assertThat(drafts.items()).extracting(Listing::id).containsExactly(draft.id());
        assertThat(drafts.total()).isEqualTo(1);
        assertThat(store().findBySeller(seller, Optional.of(ListingStatus.SOLD), 10, 0).total()).isZero();
    }
}
