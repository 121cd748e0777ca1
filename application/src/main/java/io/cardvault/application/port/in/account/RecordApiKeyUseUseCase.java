package io.cardvault.application.port.in.account;

/** Use case: count one request made with a key ({@code calls_today}, {@code last_used_at}); cheap, in memory. */
public interface RecordApiKeyUseUseCase {

    void recordUse(ApiCaller caller);
}
