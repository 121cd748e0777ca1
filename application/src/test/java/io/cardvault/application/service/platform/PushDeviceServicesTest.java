package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.platform.PushDeviceNotFoundException;
import io.cardvault.application.port.in.platform.RegisterPushDeviceCommand;
import io.cardvault.application.port.out.InMemoryPushDevices;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.DeviceToken;
import io.cardvault.domain.platform.PushDevice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushDeviceServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final AccountId OWNER = new AccountId(1);
    private static final DeviceToken TOKEN = new DeviceToken("apns-" + "f".repeat(64));

    private final InMemoryPushDevices devices = new InMemoryPushDevices();

    @Test
    void a_registration_is_stored_with_its_time_and_an_unregistration_removes_it() {
        PushDevice device = new RegisterPushDeviceService(devices, Clock.fixed(NOW, ZoneOffset.UTC))
                .register(new RegisterPushDeviceCommand(OWNER, AppPlatform.IOS, TOKEN, Optional.of("1.0.0")));

        assertThat(device.registeredAt()).isEqualTo(NOW);
        assertThat(devices.findFor(OWNER)).containsExactly(device);

        new UnregisterPushDeviceService(devices).unregister(OWNER, TOKEN);
        assertThat(devices.findFor(OWNER)).isEmpty();
    }

    @Test
    void unregistering_a_token_the_account_does_not_hold_is_not_found() {
        new RegisterPushDeviceService(devices).register(new RegisterPushDeviceCommand(OWNER, AppPlatform.ANDROID, TOKEN, Optional.empty()));

        assertThatThrownBy(() -> new UnregisterPushDeviceService(devices).unregister(new AccountId(2), TOKEN))
                .isInstanceOf(PushDeviceNotFoundException.class);
        assertThat(devices.findFor(OWNER)).hasSize(1);
    }
}
