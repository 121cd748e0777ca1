package io.cardvault.application.port.in.platform;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.DeviceToken;

/** Use case: forget one of the account's phones (signed out, notifications off); {@link PushDeviceNotFoundException} when it has none with that token. */
public interface UnregisterPushDeviceUseCase {

    void unregister(AccountId owner, DeviceToken token);
}
