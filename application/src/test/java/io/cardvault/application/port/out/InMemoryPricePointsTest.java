package io.cardvault.application.port.out;

import io.cardvault.domain.price.PriceSource;

/** The fake's windows, writer, latest prices and counters obey the JDBC adapters' contract. */
class InMemoryPricePointsTest extends PricePointPortsContract {

    private InMemoryPriceStore fake;

    @Override
    protected void freshStore() {
        fake = new InMemoryPriceStore();
    }

    @Override
    protected ReadOutlierWindowsPort windows() {
        return fake;
    }

    @Override
    protected WritePricePointsPort writer() {
        return fake;
    }

    @Override
    protected SettleLatestPricesPort latest() {
        return fake;
    }

    @Override
    protected LoadPriceStoreStatsPort stats() {
        return fake;
    }

    @Override
    protected int run() {
        return fake.startRun(PriceSource.TCGCSV, "http://sandbox", new byte[20], true);
    }
}
