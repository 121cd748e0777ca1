package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryReportStoreTest extends ReportStorePortContract {

    private final InMemoryReportStore reports = new InMemoryReportStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected ReportStorePort reports() {
        return reports;
    }

    @Override
    protected AccountId anAccount() {
        return ids.account();
    }
}
