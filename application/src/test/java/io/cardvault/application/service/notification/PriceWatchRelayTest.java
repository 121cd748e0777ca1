package io.cardvault.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cardvault.application.port.in.notification.FiredPriceWatches;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceWatchRelayTest {

    private final HeadlinePricesChanged changed = new HeadlinePricesChanged(List.of(new CardPriceChange(new CardId(4),
            new CardSetId(1), "pokemon", PriceSource.CARDMARKET, "holofoil", Money.of("700", "EUR"))));

    @Test
    void committedPriceChange_isHandedToThePriceWatches() {
        List<HeadlinePricesChanged> judged = new ArrayList<>();
        new PriceWatchRelay(event -> {
            judged.add(event);
            return FiredPriceWatches.NONE;
        }).onHeadlinePricesChanged(changed);

        assertThat(judged).containsExactly(changed);
    }

    @Test
    void givenTheWatchesFail_relay_logsAndNeverThrowsIntoTheCommittedIngest() {
        PriceWatchRelay relay = new PriceWatchRelay(event -> {
            throw new IllegalStateException("store down");
        });

        assertThatCode(() -> relay.onHeadlinePricesChanged(changed)).doesNotThrowAnyException();
    }
}
