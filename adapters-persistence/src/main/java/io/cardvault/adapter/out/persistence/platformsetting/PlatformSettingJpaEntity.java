package io.cardvault.adapter.out.persistence.platformsetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code platform_setting} (V115): a setting an administrator set, as text typed by its key. */
@Entity
@Table(name = "platform_setting")
class PlatformSettingJpaEntity {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value")
    private String value;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    /** For JPA only. */
    protected PlatformSettingJpaEntity() {
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    LocalDateTime changedAt() {
        return changedAt;
    }

    Long changedBy() {
        return changedBy;
    }
}
