package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiKeyNotFoundException;
import io.cardvault.application.port.in.account.UpdateApiKeyCommand;
import io.cardvault.application.port.in.account.UpdateApiKeyUseCase;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.ApiKey;
import jakarta.inject.Inject;

/** Renames or (de)activates one of the caller's keys. */
@UseCase
public class UpdateApiKeyService implements UpdateApiKeyUseCase {

    private final ApiKeyStorePort keys;

    @Inject
    public UpdateApiKeyService(ApiKeyStorePort keys) {
        this.keys = keys;
    }

    /** For CDI's client proxy only. */
    protected UpdateApiKeyService() {
        this(null);
    }

    @Override
    public ApiKey update(UpdateApiKeyCommand command) {
        ApiKey key = keys.findById(command.key())
                .filter(found -> found.belongsTo(command.owner()))
                .orElseThrow(ApiKeyNotFoundException::new);
        if (command.name().isPresent()) {
            key = key.rename(command.name().get());
        }
        if (command.active().isPresent()) {
            key = command.active().get() ? key.activate() : key.deactivate();
        }
        keys.update(key);
        return key;
    }
}
