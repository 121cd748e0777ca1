package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.RecordApiKeyUseUseCase;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Counts a key's use in this node's tallies; the flush job writes them. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // memory only: never hold a transaction on the request path
public class RecordApiKeyUseService implements RecordApiKeyUseUseCase {

    private final ApiKeyUseTallies tallies;
    private final Clock clock;

    @Inject
    public RecordApiKeyUseService(ApiKeyUseTallies tallies) {
        this(tallies, Clock.systemUTC());
    }

    public RecordApiKeyUseService(ApiKeyUseTallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RecordApiKeyUseService() {
        this(null, null);
    }

    @Override
    public void recordUse(ApiCaller caller) {
        tallies.add(caller.key(), clock.instant());
    }
}
