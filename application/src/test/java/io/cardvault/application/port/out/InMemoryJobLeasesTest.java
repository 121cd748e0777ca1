package io.cardvault.application.port.out;

/** The fake's leases obey the JDBC adapter's contract. */
class InMemoryJobLeasesTest extends JobLeasePortContract {

    private InMemoryJobLeases fake;

    @Override
    protected void freshStore() {
        fake = new InMemoryJobLeases();
    }

    @Override
    protected JobLeasePort node(String holder) {
        return fake.node(holder);
    }
}
