package io.cardvault.adapter.out.persistence.scan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code scan_session} (V106) with its cards; id, owner, token, code and times of opening never change. */
@Entity
@Table(name = "scan_session")
class ScanSessionJpaEntity {

    @Id
    @Column(name = "id", length = 26)
    private String id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "claim_token", nullable = false, updatable = false, length = 67)
    private String claimToken;

    @Column(name = "confirmation_code", nullable = false, updatable = false, length = 6)
    private String confirmationCode;

    @Column(name = "status", nullable = false, length = 12)
    private String status;

    @Column(name = "device_name", length = 100)
    private String deviceName;

    @Column(name = "photo_count", nullable = false)
    private int photoCount;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scan_session_card", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("cardIndex")
    private List<ScanCardEmbeddable> cards = new ArrayList<>();

    /** For JPA only. */
    protected ScanSessionJpaEntity() {
    }

    ScanSessionJpaEntity(String id, long ownerId, String claimToken, String confirmationCode, LocalDateTime openedAt,
                         LocalDateTime expiresAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.claimToken = claimToken;
        this.confirmationCode = confirmationCode;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    /** Writes what changes over a session's life. */
    void changeState(String status, String deviceName, int photoCount, LocalDateTime lastActivityAt,
                     List<ScanCardEmbeddable> cards) {
        this.status = status;
        this.deviceName = deviceName;
        this.photoCount = photoCount;
        this.lastActivityAt = lastActivityAt;
        this.cards.clear();
        this.cards.addAll(cards);
    }

    String id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String claimToken() {
        return claimToken;
    }

    String confirmationCode() {
        return confirmationCode;
    }

    String status() {
        return status;
    }

    String deviceName() {
        return deviceName;
    }

    int photoCount() {
        return photoCount;
    }

    LocalDateTime openedAt() {
        return openedAt;
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }

    LocalDateTime lastActivityAt() {
        return lastActivityAt;
    }

    List<ScanCardEmbeddable> cards() {
        return cards;
    }
}
