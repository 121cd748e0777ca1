package io.cardvault.adapter.out.persistence.notificationsettings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code notification_setting} (V90): one account's mail choice for one notification kind. */
@Entity
@Table(name = "notification_setting")
@IdClass(NotificationSettingKey.class)
class NotificationSettingJpaEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "kind", length = 32)
    private String kind;

    @Column(name = "mail", nullable = false)
    private boolean mail;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    /** For JPA only. */
    protected NotificationSettingJpaEntity() {
    }

    NotificationSettingJpaEntity(long accountId, String kind, boolean mail, LocalDateTime chosenAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.mail = mail;
        this.chosenAt = chosenAt;
    }

    long accountId() {
        return accountId;
    }

    String kind() {
        return kind;
    }

    boolean mail() {
        return mail;
    }
}
