package io.cardvault.application.port.out;

/** The fake's run log obeys the JDBC run log's contract. */
class InMemoryPriceRunLogTest extends PriceRunLogPortContract {

    private final InMemoryPriceStore fake = new InMemoryPriceStore();

    @Override
    protected PriceRunLogPort runs() {
        return fake;
    }
}
