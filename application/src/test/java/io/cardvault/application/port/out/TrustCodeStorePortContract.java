package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.trust.ConfirmationCodeTakenException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.ConfirmationCode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Contract of {@link TrustCodeStorePort}: the fake and the JPA adapter alike. */
public abstract class TrustCodeStorePortContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract TrustCodeStorePort store();

    protected abstract ListingStorePort listings();

    protected abstract AccountId aSeller();

    protected abstract CardId aCard(String game);

    private ListingId aListing() {
        return listings().add(MarketplaceSamples.listing(aSeller(), aCard("pokemon"), "12.50",
                Instant.parse("2026-12-07T10:00:00Z"))).requireId();
    }

    /** A code no earlier run of the contract used (rows stay between runs on the real database). */
    private static ConfirmationCode aFreshCode() {
        return ConfirmationCode.generate(RANDOM);
    }

    @Test
    void an_assigned_code_is_found_from_its_listing_and_from_the_code_in_any_case() {
        ListingId listing = aListing();
        ConfirmationCode code = aFreshCode();

        store().assign(listing, code);

        assertThat(store().codeOf(listing)).contains(code);
        assertThat(store().listingOf(new ConfirmationCode(code.value().toLowerCase(Locale.ROOT)))).contains(listing);
        assertThat(store().isTaken(code)).isTrue();
    }

    @Test
    void a_code_nobody_holds_is_free_and_finds_nothing() {
        ConfirmationCode code = aFreshCode();

        assertThat(store().isTaken(code)).isFalse();
        assertThat(store().listingOf(code)).isEmpty();
        assertThat(store().codeOf(aListing())).isEmpty();
    }

    @Test
    void a_listing_keeps_the_code_it_was_given_first() {
        ListingId listing = aListing();
        ConfirmationCode first = aFreshCode();
        ConfirmationCode second = aFreshCode();

        store().assign(listing, first);
        store().assign(listing, second);

        assertThat(store().codeOf(listing)).contains(first);
        assertThat(store().isTaken(second)).isFalse();
    }

    @Test
    void a_code_held_by_one_listing_is_refused_for_another() {
        ConfirmationCode code = aFreshCode();
        ListingId holder = aListing();
        ListingId other = aListing();
        store().assign(holder, code);

        assertThatThrownBy(() -> store().assign(other, code)).isInstanceOf(ConfirmationCodeTakenException.class);
        assertThat(store().listingOf(code)).contains(holder);
        assertThat(store().codeOf(other)).isEmpty();
    }
}
