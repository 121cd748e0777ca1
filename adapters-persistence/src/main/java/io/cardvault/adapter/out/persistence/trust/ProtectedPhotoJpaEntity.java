package io.cardvault.adapter.out.persistence.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code trust_photo_fingerprint} (V101): one watermarked photo's fingerprint. */
@Entity
@Table(name = "trust_photo_fingerprint")
class ProtectedPhotoJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "image_url", nullable = false, length = 300)
    private String imageUrl;

    @Column(name = "fingerprint", nullable = false, length = 512)
    private byte[] fingerprint;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** For JPA only. */
    protected ProtectedPhotoJpaEntity() {
    }

    ProtectedPhotoJpaEntity(long listingId, String imageUrl, byte[] fingerprint, LocalDateTime createdAt) {
        this.listingId = listingId;
        this.imageUrl = imageUrl;
        this.fingerprint = fingerprint.clone();
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    long listingId() {
        return listingId;
    }

    String imageUrl() {
        return imageUrl;
    }

    byte[] fingerprint() {
        return fingerprint.clone();
    }
}
