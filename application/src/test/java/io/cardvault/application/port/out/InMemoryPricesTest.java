package io.cardvault.application.port.out;

import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fake keeps the price reads' contract, so service tests on it mean something. */
class InMemoryPricesTest extends LoadPricesPortContract {

    private final InMemoryPrices fake = new InMemoryPrices();

    @Override
    protected LoadPricesPort port() {
        return fake;
    }

    @Override
    protected void givenCard(long cardId, long normalVariantId, long holoVariantId) {
        // the fake keeps no catalogue: a series names its variant
    }

    @Override
    protected void givenPoint(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean outlier) {
        fake.givenPoint(cardId, series, day, amount, outlier);
    }

    @Override
    protected void givenLatest(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean sandbox) {
        fake.givenLatest(cardId, series, day, amount, sandbox);
    }

    @Override
    protected void givenSnapshot(long cardId, PriceSnapshot snapshot) {
        fake.givenSnapshot(cardId, snapshot);
    }
}
