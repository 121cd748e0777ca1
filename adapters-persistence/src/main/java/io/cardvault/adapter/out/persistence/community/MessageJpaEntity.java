package io.cardvault.adapter.out.persistence.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code private_message} (V103); only the read and hidden flags change, through bulk updates. */
@Entity
@Table(name = "private_message")
class MessageJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "sender_id", nullable = false, updatable = false)
    long senderId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    long recipientId;

    @Column(name = "listing_id", updatable = false)
    Long listingId;

    @Column(length = 200, updatable = false)
    String subject;

    @Column(nullable = false, updatable = false)
    String body;

    @Column(name = "parent_id", updatable = false)
    Long parentId;

    @Column(name = "is_read", nullable = false)
    boolean read;

    @Column(name = "is_hidden", nullable = false)
    boolean hidden;

    @Column(name = "created_at", nullable = false, updatable = false)
    LocalDateTime createdAt;

    /** For JPA only. */
    protected MessageJpaEntity() {
    }
}
