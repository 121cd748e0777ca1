package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.PlatformSetting;
import java.util.List;

/** Use case: the settings everyone may read (fees, payout bounds, the announcement), each its stored value or default. */
public interface ListPublicSettingsUseCase {

    List<PlatformSetting> publicSettings();
}
