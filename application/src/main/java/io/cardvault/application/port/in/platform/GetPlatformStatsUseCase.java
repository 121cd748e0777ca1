package io.cardvault.application.port.in.platform;

/** Use case: the platform's counters, from a short-lived cache (they are read by anyone, often). */
public interface GetPlatformStatsUseCase {

    PlatformStats stats();
}
