package io.cardvault.adapter.out.persistence.platformsetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code platform_setting_change} (V115): one entry of a setting's audit trail, never changed once written. */
@Entity
@Table(name = "platform_setting_change")
class PlatformSettingChangeJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "setting_key", nullable = false, length = 64)
    private String key;

    @Column(name = "previous_value")
    private String previousValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    /** For JPA only. */
    protected PlatformSettingChangeJpaEntity() {
    }

    PlatformSettingChangeJpaEntity(String key, String previousValue, String newValue, Long changedBy, LocalDateTime changedAt) {
        this.key = key;
        this.previousValue = previousValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    String key() {
        return key;
    }

    String previousValue() {
        return previousValue;
    }

    String newValue() {
        return newValue;
    }

    Long changedBy() {
        return changedBy;
    }

    LocalDateTime changedAt() {
        return changedAt;
    }
}
