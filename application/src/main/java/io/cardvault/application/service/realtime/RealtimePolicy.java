package io.cardvault.application.service.realtime;

/** How many real-time connections one holder (API key, account or client address) may keep open at once (the spec: 20). */
public record RealtimePolicy(int maxConnectionsPerHolder) {

    public RealtimePolicy {
        if (maxConnectionsPerHolder < 1) {
            throw new IllegalArgumentException("max connections per holder must be positive: " + maxConnectionsPerHolder);
        }
    }
}
