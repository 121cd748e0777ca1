package io.cardvault.adapter.out.persistence.pushdevice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code push_device} (V115): one phone's push token and the account it belongs to. */
@Entity
@Table(name = "push_device")
class PushDeviceJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "platform", nullable = false, length = 8)
    private String platform;

    @Column(name = "token", nullable = false, length = 4096)
    private String token;

    @Column(name = "token_hash", nullable = false, length = 32)
    private byte[] tokenHash;

    @Column(name = "app_version", length = 32)
    private String appVersion;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    /** For JPA only. */
    protected PushDeviceJpaEntity() {
    }

    long accountId() {
        return accountId;
    }

    String platform() {
        return platform;
    }

    String token() {
        return token;
    }

    String appVersion() {
        return appVersion;
    }

    LocalDateTime registeredAt() {
        return registeredAt;
    }
}
