package io.cardvault.domain.platform;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone registered for push notifications: the account it belongs to, its platform, its token
 * and the app release that registered it. A token names one device, so it belongs to one account
 * at a time (the last one signed in on that phone).
 */
public record PushDevice(AccountId owner, AppPlatform platform, DeviceToken token, Optional<String> appVersion,
                         Instant registeredAt) {

    private static final Pattern APP_VERSION = Pattern.compile("[0-9A-Za-z.+_-]{1,32}");

    public PushDevice {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(registeredAt, "registeredAt");
        appVersion = Objects.requireNonNullElse(appVersion, Optional.<String>empty());
        if (appVersion.isPresent() && !APP_VERSION.matcher(appVersion.get()).matches()) {
            throw new InvalidPlatformDataException("app_version",
                    "an app version is 1 to 32 of letters, digits and . + _ -");
        }
    }
}
