package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.DeviceToken;
import io.cardvault.domain.platform.PushDevice;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Push devices in memory, keyed by token as the real store's unique key is. */
public class InMemoryPushDevices implements PushDeviceStorePort {

    private final Map<DeviceToken, PushDevice> devices = new HashMap<>();

    @Override
    public synchronized void register(PushDevice device) {
        devices.put(device.token(), device);
    }

    @Override
    public synchronized boolean remove(AccountId owner, DeviceToken token) {
        PushDevice device = devices.get(token);
        if (device == null || !device.owner().equals(owner)) {
            return false;
        }
        devices.remove(token);
        return true;
    }

    @Override
    public synchronized List<PushDevice> findFor(AccountId owner) {
        return devices.values().stream().filter(device -> device.owner().equals(owner))
                .sorted(Comparator.comparing(PushDevice::registeredAt)).toList();
    }
}
