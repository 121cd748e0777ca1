package io.cardvault.adapter.out.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A row of {@code notification} (V89): {@code data} is the flat JSON object {@link NotificationJpaMapper}
 * writes. Only the read flag ever changes, and only through {@link JpaNotificationStore}'s updates.
 */
@Entity
@Table(name = "notification")
class NotificationJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 2000, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private String data;

    @Column(length = 2000, updatable = false)
    private String url;

    @Column(name = "is_read", nullable = false)
    private boolean read;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** For JPA only. */
    protected NotificationJpaEntity() {
    }

    NotificationJpaEntity(long accountId, String kind, String title, String body, String data, String url, boolean read,
                          LocalDateTime createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.data = data;
        this.url = url;
        this.read = read;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    String kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    String data() {
        return data;
    }

    String url() {
        return url;
    }

    boolean read() {
        return read;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }
}
