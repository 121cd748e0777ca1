package io.cardvault.domain.platform;

import java.util.Locale;

/**
 * The platform's public counters beside the catalogue's and the price store's: who uses it and
 * how. A counter whose source is not built yet (the marketplace's) reads 0, never an estimate.
 */
public enum PlatformCounter {
    USERS,
    SELLERS,
    ACTIVE_ALERTS,
    ACTIVE_LISTINGS,
    PUSH_DEVICES;

    /** The JSON name ({@code active_alerts}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
