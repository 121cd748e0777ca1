package io.cardvault.adapter.out.persistence.deck;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code deck} (V108) with its cards. */
@Entity
@Table(name = "deck")
class DeckJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "game_id", nullable = false, updatable = false)
    private int gameId;

    @Column(name = "format", length = 32)
    private String format;

    @Column(name = "is_public", nullable = false)
    private boolean isPublic;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deck_card", joinColumns = @JoinColumn(name = "deck_id"))
    private List<DeckCardLine> cards = new ArrayList<>();

    /** For JPA only. */
    protected DeckJpaEntity() {
    }

    DeckJpaEntity(long accountId, int gameId, LocalDateTime createdAt) {
        this.accountId = accountId;
        this.gameId = gameId;
        this.createdAt = createdAt;
    }

    /** What a deck's change writes: everything but its owner, game and creation time. */
    void write(String newName, String newFormat, boolean newIsPublic, LocalDateTime newUpdatedAt, List<DeckCardLine> newCards) {
        this.name = newName;
        this.format = newFormat;
        this.isPublic = newIsPublic;
        this.updatedAt = newUpdatedAt;
        this.cards.clear();
        this.cards.addAll(newCards);
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    int gameId() {
        return gameId;
    }

    String format() {
        return format;
    }

    boolean isPublic() {
        return isPublic;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    List<DeckCardLine> cards() {
        return cards;
    }
}
