package io.cardvault.adapter.out.persistence.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code seller_cardmarket_link} (V105): a seller's Cardmarket username. */
@Entity
@Table(name = "seller_cardmarket_link")
class CardmarketLinkJpaEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "username", nullable = false, length = 40)
    private String username;

    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    /** For JPA only. */
    protected CardmarketLinkJpaEntity() {
    }

    CardmarketLinkJpaEntity(long accountId, String username, LocalDateTime linkedAt) {
        this.accountId = accountId;
        this.username = username;
        this.linkedAt = linkedAt;
    }

    void relink(String newUsername, LocalDateTime at) {
        this.username = newUsername;
        this.linkedAt = at;
    }

    long accountId() {
        return accountId;
    }

    String username() {
        return username;
    }

    LocalDateTime linkedAt() {
        return linkedAt;
    }
}
