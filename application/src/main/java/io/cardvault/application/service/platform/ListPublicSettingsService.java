package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.ListPublicSettingsUseCase;
import io.cardvault.application.port.out.PlatformSettingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every public setting, stored or default, in the keys' order. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListPublicSettingsService implements ListPublicSettingsUseCase {

    private final PlatformSettingStorePort settings;

    @Inject
    public ListPublicSettingsService(PlatformSettingStorePort settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected ListPublicSettingsService() {
        this(null);
    }

    @Override
    public List<PlatformSetting> publicSettings() {
        Map<PlatformSettingKey, PlatformSetting> stored = settings.findAll().stream()
                .collect(Collectors.toMap(PlatformSetting::key, Function.identity()));
        return Arrays.stream(PlatformSettingKey.values())
                .filter(PlatformSettingKey::isPublic)
                .map(key -> stored.getOrDefault(key, PlatformSetting.byDefault(key)))
                .toList();
    }
}
