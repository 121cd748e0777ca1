package io.cardvault.domain.marketplace;

import static io.cardvault.domain.marketplace.Samples.BUYER;
import static io.cardvault.domain.marketplace.Samples.CREATED;
import static io.cardvault.domain.marketplace.Samples.SELLER;
import static io.cardvault.domain.marketplace.Samples.stored;
import static io.cardvault.domain.marketplace.Samples.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListingDraftTest {

    private static final Instant PUBLISHED = CREATED.plus(Duration.ofDays(3));

    @Test
    void a_draft_is_not_on_sale_and_never_expires() {
        Listing draft = stored(Listing.draft(SELLER, terms("12.50", 2, false, true), CREATED));

        assertThat(draft.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(draft.isAvailableAt(CREATED)).isFalse();
        assertThat(draft.isPastExpiryAt(CREATED.plus(Duration.ofDays(400)))).isFalse();
        assertThatThrownBy(() -> draft.buyNow(BUYER, CREATED)).isInstanceOf(ListingUnavailableException.class);
    }

    @Test
    void publishing_puts_it_on_sale_for_sixty_days_from_then() {
        Listing published = stored(Listing.draft(SELLER, terms("12.50", 2, false, true), CREATED)).publish(PUBLISHED);

        assertThat(published.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(published.expiresAt()).isEqualTo(PUBLISHED.plus(Duration.ofDays(60)));
        assertThat(published.isAvailableAt(PUBLISHED)).isTrue();
    }

    @Test
    void only_a_draft_is_published() {
        Listing active = stored(Listing.create(SELLER, terms("12.50", 1, false, true), CREATED));

        assertThatThrownBy(() -> active.publish(PUBLISHED)).isInstanceOf(ListingNotActiveException.class);
    }
}
