package io.cardvault.application.port.out;

/** The fake's backfill progress obeys the JDBC adapter's contract. */
class InMemoryBackfillProgressTest extends BackfillProgressPortContract {

    private InMemoryPriceStore fake;

    @Override
    protected BackfillProgressPort freshProgress() {
        fake = new InMemoryPriceStore();
        return fake;
    }

    @Override
    protected BackfillProgressPort restarted() {
        return fake; // the fake's memory is its process: a restart sees what it kept
    }
}
