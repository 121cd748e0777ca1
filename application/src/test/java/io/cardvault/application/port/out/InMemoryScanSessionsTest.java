package io.cardvault.application.port.out;

/** The scan-session contract on the in-memory fake. */
class InMemoryScanSessionsTest extends ScanSessionStorePortContract {

    @Override
    protected ScanSessionStorePort store() {
        return new InMemoryScanSessions();
    }
}
