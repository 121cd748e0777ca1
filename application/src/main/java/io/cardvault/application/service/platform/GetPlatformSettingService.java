package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.AuditedSetting;
import io.cardvault.application.port.in.platform.GetPlatformSettingUseCase;
import io.cardvault.application.port.out.PlatformSettingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** One setting, stored or default, with its latest changes. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetPlatformSettingService implements GetPlatformSettingUseCase {

    /** Changes shown with a setting; older ones stay stored. */
    static final int HISTORY_SHOWN = 50;

    private final PlatformSettingStorePort settings;

    @Inject
    public GetPlatformSettingService(PlatformSettingStorePort settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected GetPlatformSettingService() {
        this(null);
    }

    @Override
    public AuditedSetting get(PlatformSettingKey key) {
        return new AuditedSetting(settings.find(key).orElseGet(() -> PlatformSetting.byDefault(key)),
                settings.history(key, HISTORY_SHOWN));
    }
}
