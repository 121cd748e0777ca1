package io.cardvault.application.port.out;

import io.cardvault.domain.platform.PlatformCounter;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Outgoing port: the platform's usage counters (accounts, sellers, active alerts, listings,
 * registered phones) and the database's size. Every counter is a key of the answer; one whose
 * source does not exist yet is 0.
 */
public interface LoadPlatformCountersPort {

    Map<PlatformCounter, Long> counts();

    /** Data and index bytes of the application's schema, if the database tells. */
    OptionalLong databaseSizeBytes();
}
