package io.cardvault.adapter.out.persistence.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code trust_code} (V101): a protected listing's confirmation code. */
@Entity
@Table(name = "trust_code")
class TrustCodeJpaEntity {

    @Id
    @Column(name = "listing_id")
    private long listingId;

    @Column(name = "code", nullable = false, length = 8)
    private String code;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** For JPA only. */
    protected TrustCodeJpaEntity() {
    }

    TrustCodeJpaEntity(long listingId, String code, LocalDateTime createdAt) {
        this.listingId = listingId;
        this.code = code;
        this.createdAt = createdAt;
    }

    long listingId() {
        return listingId;
    }

    String code() {
        return code;
    }
}
