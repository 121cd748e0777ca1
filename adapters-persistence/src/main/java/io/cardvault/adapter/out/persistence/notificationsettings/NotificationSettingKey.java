package io.cardvault.adapter.out.persistence.notificationsettings;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link NotificationSettingJpaEntity}: JPA wants a serialisable class with a no-argument constructor. */
class NotificationSettingKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long accountId;
    private String kind;

    /** For JPA only. */
    public NotificationSettingKey() {
    }

    NotificationSettingKey(long accountId, String kind) {
        this.accountId = accountId;
        this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotificationSettingKey key && key.accountId == accountId && Objects.equals(key.kind, kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, kind);
    }
}
