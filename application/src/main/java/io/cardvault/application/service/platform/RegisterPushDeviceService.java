package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.RegisterPushDeviceCommand;
import io.cardvault.application.port.in.platform.RegisterPushDeviceUseCase;
import io.cardvault.application.port.out.PushDeviceStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.PushDevice;
import jakarta.inject.Inject;
import java.time.Clock;

/** Stores the phone's token for the account; registering again refreshes it (and moves a token that changed hands). */
@UseCase
public class RegisterPushDeviceService implements RegisterPushDeviceUseCase {

    private final PushDeviceStorePort devices;
    private final Clock clock;

    @Inject
    public RegisterPushDeviceService(PushDeviceStorePort devices) {
        this(devices, Clock.systemUTC());
    }

    public RegisterPushDeviceService(PushDeviceStorePort devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RegisterPushDeviceService() {
        this(null, null);
    }

    @Override
    public PushDevice register(RegisterPushDeviceCommand command) {
        PushDevice device = new PushDevice(command.owner(), command.platform(), command.token(), command.appVersion(),
                clock.instant());
        devices.register(device);
        return device;
    }
}
