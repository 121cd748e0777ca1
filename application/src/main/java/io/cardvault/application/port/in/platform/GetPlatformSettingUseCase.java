package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.PlatformSettingKey;

/** Use case (administrators): one setting with its audit trail. */
public interface GetPlatformSettingUseCase {

    AuditedSetting get(PlatformSettingKey key);
}
