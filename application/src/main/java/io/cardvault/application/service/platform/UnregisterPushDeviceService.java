package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.PushDeviceNotFoundException;
import io.cardvault.application.port.in.platform.UnregisterPushDeviceUseCase;
import io.cardvault.application.port.out.PushDeviceStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.DeviceToken;
import jakarta.inject.Inject;

/** Forgets one of the account's phones; another account's token is not found, as if absent. */
@UseCase
public class UnregisterPushDeviceService implements UnregisterPushDeviceUseCase {

    private final PushDeviceStorePort devices;

    @Inject
    public UnregisterPushDeviceService(PushDeviceStorePort devices) {
        this.devices = devices;
    }

    /** For CDI's client proxy only. */
    protected UnregisterPushDeviceService() {
        this(null);
    }

    @Override
    public void unregister(AccountId owner, DeviceToken token) {
        if (!devices.remove(owner, token)) {
            throw new PushDeviceNotFoundException();
        }
    }
}
