package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.FlushApiKeyUsageUseCase;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.account.KeyUseTally;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import java.util.List;

/** Writes this node's pending key uses in one batch; if the write fails they are kept for the next run. */
@UseCase
public class FlushApiKeyUsageService implements FlushApiKeyUsageUseCase {

    private final ApiKeyUseTallies tallies;
    private final ApiKeyStorePort keys;

    @Inject
    public FlushApiKeyUsageService(ApiKeyUseTallies tallies, ApiKeyStorePort keys) {
        this.tallies = tallies;
        this.keys = keys;
    }

    /** For CDI's client proxy only. */
    protected FlushApiKeyUsageService() {
        this(null, null);
    }

    @Override
    public int flush() {
        List<KeyUseTally> drained = tallies.drain();
        if (drained.isEmpty()) {
            return 0;
        }
        try {
            keys.recordUsage(drained);
        } catch (RuntimeException e) {
            tallies.restore(drained);
            throw e;
        }
        return drained.size();
    }
}
