package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.DeviceToken;
import io.cardvault.domain.platform.PushDevice;
import java.util.List;

/** Outgoing port: the phones registered for push notifications, one row per token. */
public interface PushDeviceStorePort {

    /**
     * Stores the device; a token registered before (by this account or another: the phone changed
     * hands) is taken over with the new owner, platform and app version.
     */
    void register(PushDevice device);

    /** Removes the owner's device with that token; false when the owner has none with it. */
    boolean remove(AccountId owner, DeviceToken token);

    /** The owner's devices, oldest registration first. */
    List<PushDevice> findFor(AccountId owner);
}
