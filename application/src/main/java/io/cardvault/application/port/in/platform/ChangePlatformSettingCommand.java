package io.cardvault.application.port.in.platform;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingValue;
import java.util.Objects;

/** An administrator sets a platform setting; the value is checked against the setting's type and range. */
public record ChangePlatformSettingCommand(PlatformSettingKey key, SettingValue value, AccountId changedBy) {

    public ChangePlatformSettingCommand {
        Objects.requireNonNull(key, "key");
        value = key.validate(value);
        Objects.requireNonNull(changedBy, "changedBy");
    }
}
