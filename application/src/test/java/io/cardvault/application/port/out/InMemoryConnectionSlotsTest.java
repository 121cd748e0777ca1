package io.cardvault.application.port.out;

/** The fake obeys the same contract as the cluster's slots, so service tests on it mean something. */
class InMemoryConnectionSlotsTest extends ConnectionSlotsPortContract {

    private final InMemoryConnectionSlots fake = new InMemoryConnectionSlots();

    @Override
    protected ConnectionSlotsPort slots() {
        return fake;
    }
}
