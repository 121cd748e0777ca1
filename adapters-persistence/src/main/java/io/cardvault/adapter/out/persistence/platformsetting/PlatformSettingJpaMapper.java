package io.cardvault.adapter.out.persistence.platformsetting;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingChange;
import java.time.ZoneOffset;
import java.util.Optional;

/** Rows to the domain's settings and changes; a row of a key this build no longer knows is skipped by the callers. */
final class PlatformSettingJpaMapper {

    private PlatformSettingJpaMapper() {
    }

    static Optional<PlatformSetting> toDomain(PlatformSettingJpaEntity row) {
        return PlatformSettingKey.fromCode(row.key()).map(key -> new PlatformSetting(key, key.fromStoredText(row.value()),
                Optional.of(row.changedAt().toInstant(ZoneOffset.UTC)), account(row.changedBy())));
    }

    static Optional<SettingChange> toDomain(PlatformSettingChangeJpaEntity row) {
        return PlatformSettingKey.fromCode(row.key()).map(key -> new SettingChange(key, key.fromStoredText(row.previousValue()),
                key.fromStoredText(row.newValue()), account(row.changedBy()), row.changedAt().toInstant(ZoneOffset.UTC)));
    }

    private static Optional<AccountId> account(Long id) {
        return Optional.ofNullable(id).map(AccountId::new);
    }
}
