package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.SettingChange;
import java.util.List;
import java.util.Objects;

/** A setting's current value with its latest changes, newest first. */
public record AuditedSetting(PlatformSetting setting, List<SettingChange> history) {

    public AuditedSetting {
        Objects.requireNonNull(setting, "setting");
        history = List.copyOf(history);
    }
}
