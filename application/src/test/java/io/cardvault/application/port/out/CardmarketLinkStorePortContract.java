package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link CardmarketLinkStorePort}: the fake and the JPA adapter alike. */
public abstract class CardmarketLinkStorePortContract {

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

    protected abstract CardmarketLinkStorePort store();

    /** A fresh account. */
    protected abstract AccountId aSeller();

    @Test
    void a_link_is_found_by_its_seller_and_linking_again_replaces_it() {
        AccountId seller = aSeller();
        store().save(new CardmarketLink(seller, "AshCards", AT));
        store().save(new CardmarketLink(seller, "Ash-Cards_2", AT.plusSeconds(60)));

        assertThat(store().findBySeller(seller)).contains(new CardmarketLink(seller, "Ash-Cards_2", AT.plusSeconds(60)));
    }

    @Test
    void a_seller_without_a_link_has_none() {
        assertThat(store().findBySeller(aSeller())).isEmpty();
    }
}
