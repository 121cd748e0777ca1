package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.AuditedSetting;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.SettingChange;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One setting for administrators: key, type, whether it is public, its value and default, who set it
 * when ({@code null} while it has its default), and its trail of changes, newest first ({@code changed_by}
 * is the administrator's user id, {@code null} once that account is deleted).
 */
public record AdminSettingResponse(String key, String type, boolean isPublic, Object value, Object defaultValue,
                                   String changedAt, Long changedBy, List<Change> history) {

    public record Change(Object previousValue, Object value, Long changedBy, String changedAt) {
    }

    static AdminSettingResponse from(AuditedSetting audited) {
        PlatformSetting setting = audited.setting();
        return new AdminSettingResponse(setting.key().code(), setting.key().type().code(), setting.key().isPublic(),
                SettingValues.toJson(setting.value()), SettingValues.toJson(setting.key().defaultValue()),
                setting.changedAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null),
                setting.changedBy().map(AccountId::value).orElse(null),
                audited.history().stream().map(AdminSettingResponse::change).toList());
    }

    private static Change change(SettingChange change) {
        return new Change(SettingValues.toJson(change.previous()), SettingValues.toJson(change.value()),
                change.changedBy().map(AccountId::value).orElse(null), DateTimeFormatter.ISO_INSTANT.format(change.changedAt()));
    }
}
