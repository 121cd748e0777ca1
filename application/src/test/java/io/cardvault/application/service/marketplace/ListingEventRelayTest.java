package io.cardvault.application.service.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.notification.FiredPriceWatches;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingPublished;
import io.cardvault.domain.realtime.ListingNew;
import io.cardvault.domain.realtime.Topic;
import io.cardvault.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingEventRelayTest {

    private static final ListingPublished PUBLISHED =
            new ListingPublished(new ListingId(901), new CardId(267), "pokemon", Money.of("11.00", "EUR"));

    @Test
    void a_published_listing_is_announced_on_its_three_topics_and_judged_by_the_watches() {
        InMemoryMarketEvents events = new InMemoryMarketEvents();
        List<ListingPublished> judged = new ArrayList<>();
        ListingEventRelay relay = new ListingEventRelay(events, listing -> {
            judged.add(listing);
            return FiredPriceWatches.NONE;
        });

        relay.announce(PUBLISHED);

        assertThat(events.published()).singleElement().satisfies(event -> {
            assertThat(event).isEqualTo(new ListingNew(901, new CardId(267), "pokemon", Money.of("11.00", "EUR")));
            assertThat(event.type()).isEqualTo("listing_new");
            assertThat(event.topics()).containsExactly(Topic.MARKETPLACE_NEW, Topic.card(new CardId(267)), Topic.tcg("pokemon"));
        });
        assertThat(judged).containsExactly(PUBLISHED);
    }

    @Test
    void watches_failing_leave_the_frame_sent() {
        InMemoryMarketEvents events = new InMemoryMarketEvents();
        ListingEventRelay relay = new ListingEventRelay(events, listing -> {
            throw new IllegalStateException("database away");
        });

        relay.announce(PUBLISHED);

        assertThat(events.published()).hasSize(1);
    }
}
