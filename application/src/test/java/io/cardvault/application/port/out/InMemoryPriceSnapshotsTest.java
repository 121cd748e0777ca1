package io.cardvault.application.port.out;

import io.cardvault.domain.price.PriceSource;

/** The fake's daily snapshot and headline summary obey the JDBC snapshot's contract. */
class InMemoryPriceSnapshotsTest extends TakePriceSnapshotPortContract {

    @Override
    protected SnapshotStore freshStore() {
        InMemoryPriceStore fake = new InMemoryPriceStore();
        return new SnapshotStore(fake, fake, fake, fake, fake.startRun(PriceSource.TCGCSV, "http://sandbox", new byte[20], true));
    }
}
