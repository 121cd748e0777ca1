package io.cardvault.application.port.in.platform;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.DeviceToken;
import java.util.Objects;
import java.util.Optional;

/** Register this phone's push token for the account. */
public record RegisterPushDeviceCommand(AccountId owner, AppPlatform platform, DeviceToken token, Optional<String> appVersion) {

    public RegisterPushDeviceCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(token, "token");
        appVersion = Objects.requireNonNullElse(appVersion, Optional.<String>empty());
    }
}
