package io.cardvault.application.port.in.platform;

/** Use case (administrators): set a platform setting; the change joins its audit trail in the same transaction. */
public interface ChangePlatformSettingUseCase {

    AuditedSetting change(ChangePlatformSettingCommand command);
}
