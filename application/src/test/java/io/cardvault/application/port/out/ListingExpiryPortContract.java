package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ListingExpiryPort}, with the listing store it works beside: the fake and the
 * database adapter. Each test lists in an era of its own ({@link MarketplaceSamples#freshEra}) and
 * judges only its own listings, so an implementation may keep data between tests.
 */
public abstract class ListingExpiryPortContract {

    protected abstract ListingExpiryPort expiry();

    protected abstract ListingStorePort listings();

    protected abstract AccountId aSeller();

    protected abstract CardId aCard(String game);

    private Listing listed(Instant at) {
        return listings().add(Listing.create(aSeller(), MarketplaceSamples.terms(aCard("pokemon"), "12.00"), at));
    }

    @Test
    void expireDue_expires_the_active_listings_at_or_past_their_expiry_and_nothing_else() {
        Instant era = MarketplaceSamples.freshEra();
        Listing due = listed(era);
        Listing exactlyDue = listed(era.plusSeconds(60));
        Listing running = listed(era.plus(Duration.ofDays(1)));
        Listing withdrawn = listed(era);
        listings().update(listings().findById(withdrawn.requireId()).orElseThrow().withdraw());
        Instant now = era.plusSeconds(60).plus(Listing.LIFETIME);

        assertThat(expiry().expireDue(now)).isGreaterThanOrEqualTo(2);

        assertThat(listings().findById(due.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(listings().findById(exactlyDue.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(listings().findById(running.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(listings().findById(withdrawn.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.WITHDRAWN);
    }

    @Test
    void an_expired_listing_can_still_be_renewed_and_sold_afterwards() {
        Instant era = MarketplaceSamples.freshEra();
        Listing due = listed(era);
        Instant now = era.plus(Listing.LIFETIME);
        expiry().expireDue(now);

        Listing expired = listings().findById(due.requireId()).orElseThrow();
        listings().update(expired.renew(now));

        Listing renewed = listings().findById(due.requireId()).orElseThrow();
        assertThat(renewed.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(renewed.expiresAt()).isEqualTo(now.plus(Listing.RENEWAL));
    }

    @Test
    void findDueForReminder_gives_the_active_listings_expiring_in_the_window_soonest_first_until_reminded() {
        Instant era = MarketplaceSamples.freshEra();
        Listing later = listed(era.plus(Duration.ofDays(3)));
        Listing sooner = listed(era.plus(Duration.ofDays(1)));
        Listing outside = listed(era.plus(Duration.ofDays(9)));
        Instant now = era.plus(Listing.LIFETIME).minus(Duration.ofDays(1)); // sooner expires in 2 days, later in 4
        Instant until = now.plus(Duration.ofDays(7));

        assertThat(expiry().findDueForReminder(now, until, 10)).extracting(Listing::requireId)
                .containsExactly(sooner.requireId(), later.requireId());

        assertThat(expiry().markReminded(sooner.requireId(), sooner.expiresAt(), now)).isTrue();
        assertThat(expiry().markReminded(sooner.requireId(), sooner.expiresAt(), now)).isFalse();
        assertThat(expiry().findDueForReminder(now, until, 10)).extracting(Listing::requireId)
                .containsExactly(later.requireId());
        assertThat(expiry().findDueForReminder(now, until, 1)).hasSize(1);
        assertThat(outside.expiresAt()).isAfter(until);
    }

    @Test
    void a_renewal_moves_the_expiry_so_the_new_expiry_is_due_its_own_reminder() {
        Instant era = MarketplaceSamples.freshEra();
        Listing listing = listed(era);
        Instant now = era.plus(Listing.LIFETIME).minus(Duration.ofDays(2));
        expiry().markReminded(listing.requireId(), listing.expiresAt(), now);
        listings().update(listings().findById(listing.requireId()).orElseThrow().renew(now));
        Listing renewed = listings().findById(listing.requireId()).orElseThrow();

        Instant later = renewed.expiresAt().minus(Duration.ofDays(3));
        assertThat(expiry().findDueForReminder(later, later.plus(Duration.ofDays(7)), 10)).extracting(Listing::requireId)
                .containsExactly(listing.requireId());
    }
}
