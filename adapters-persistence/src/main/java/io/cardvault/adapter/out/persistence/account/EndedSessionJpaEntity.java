package io.cardvault.adapter.out.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code ended_session} (V81): one session ended by a logout, listed until it would have expired. */
@Entity
@Table(name = "ended_session")
@IdClass(EndedSessionKey.class)
class EndedSessionJpaEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "session_id", length = 22)
    private String sessionId;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    /** For JPA only. */
    protected EndedSessionJpaEntity() {
    }

    EndedSessionJpaEntity(long accountId, String sessionId, LocalDateTime expiresAt) {
        this.accountId = accountId;
        this.sessionId = sessionId;
        this.expiresAt = expiresAt;
    }
}
