package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.AuditedSetting;
import io.cardvault.application.port.in.platform.ChangePlatformSettingCommand;
import io.cardvault.application.port.in.platform.ChangePlatformSettingUseCase;
import io.cardvault.application.port.out.PlatformSettingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.SettingChange;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Sets a platform setting and appends the change (previous value, new value, who, when) to its
 * audit trail in one transaction: a value is never current without its trail entry. Setting the
 * value it already has is recorded too (an administrator confirmed it).
 */
@UseCase
public class ChangePlatformSettingService implements ChangePlatformSettingUseCase {

    private final PlatformSettingStorePort settings;
    private final Clock clock;

    @Inject
    public ChangePlatformSettingService(PlatformSettingStorePort settings) {
        this(settings, Clock.systemUTC());
    }

    public ChangePlatformSettingService(PlatformSettingStorePort settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ChangePlatformSettingService() {
        this(null, null);
    }

    @Override
    public AuditedSetting change(ChangePlatformSettingCommand command) {
        PlatformSetting before = settings.find(command.key()).orElseGet(() -> PlatformSetting.byDefault(command.key()));
        SettingChange change = new SettingChange(command.key(), before.value(), command.value(),
                Optional.of(command.changedBy()), clock.instant());
        settings.record(change);
        return new AuditedSetting(new PlatformSetting(command.key(), command.value(), Optional.of(change.changedAt()),
                Optional.of(command.changedBy())), settings.history(command.key(), GetPlatformSettingService.HISTORY_SHOWN));
    }
}
