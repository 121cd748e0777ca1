package io.cardvault.domain.platform;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform setting's current value; {@code changedAt}/{@code changedBy} are empty while it still
 * has its default (nobody set it yet) and {@code changedBy} once the administrator's account is gone.
 */
public record PlatformSetting(PlatformSettingKey key, SettingValue value, Optional<Instant> changedAt,
                              Optional<AccountId> changedBy) {

    public PlatformSetting {
        Objects.requireNonNull(key, "key");
        value = key.validate(value);
        changedAt = Objects.requireNonNullElse(changedAt, Optional.<Instant>empty());
        changedBy = Objects.requireNonNullElse(changedBy, Optional.<AccountId>empty());
    }

    public static PlatformSetting byDefault(PlatformSettingKey key) {
        return new PlatformSetting(key, key.defaultValue(), Optional.empty(), Optional.empty());
    }
}
