package io.cardvault.application.port.out;

import io.cardvault.domain.price.PriceSource;

/** The fake's daily snapshot and headline summary obey the JDBC snapshot's contract. */
class InMemoryPriceSnapshotsTest extends TakePriceSnapshotPortContract {

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
    protected TakePriceSnapshotPort snapshots() {
        return fake;
    }

    @Override
    protected int run() {
        return fake.startRun(PriceSource.TCGCSV, "http://sandbox", new byte[20], true);
    }
}
