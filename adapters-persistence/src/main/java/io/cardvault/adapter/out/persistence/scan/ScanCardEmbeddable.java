package io.cardvault.adapter.out.persistence.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A row of {@code scan_session_card}: one reported card of a session. */
@Embeddable
class ScanCardEmbeddable {

    @Column(name = "card_index", nullable = false)
    private int cardIndex;

    @Column(name = "captured_at")
    private LocalDateTime capturedAt;

    @Column(name = "image_url", length = 300)
    private String imageUrl;

    @Column(name = "recognition", nullable = false)
    private String recognition;

    /** For JPA only. */
    protected ScanCardEmbeddable() {
    }

    ScanCardEmbeddable(int cardIndex, LocalDateTime capturedAt, String imageUrl, String recognition) {
        this.cardIndex = cardIndex;
        this.capturedAt = capturedAt;
        this.imageUrl = imageUrl;
        this.recognition = recognition;
    }

    int cardIndex() {
        return cardIndex;
    }

    LocalDateTime capturedAt() {
        return capturedAt;
    }

    String imageUrl() {
        return imageUrl;
    }

    String recognition() {
        return recognition;
    }
}
