package io.cardvault.adapter.out.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A game's id and slug ({@code game}, V1): how a collection filter names a game. Never written here. */
@Entity
@Table(name = "game")
class GameJpaEntity {

    @Id
    private int id;

    @Column(insertable = false, updatable = false)
    private String slug;

    /** For JPA only. */
    protected GameJpaEntity() {
    }
}
