package io.cardvault.domain.platform;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a setting's audit trail: who set it from what to what, and when. {@code changedBy}
 * is empty once that administrator's account is deleted; the change itself stays.
 */
public record SettingChange(PlatformSettingKey key, SettingValue previous, SettingValue value,
                            Optional<AccountId> changedBy, Instant changedAt) {

    public SettingChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(value, "value");
        changedBy = Objects.requireNonNullElse(changedBy, Optional.<AccountId>empty());
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
