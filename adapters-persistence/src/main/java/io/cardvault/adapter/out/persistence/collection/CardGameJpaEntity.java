package io.cardvault.adapter.out.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which game a catalogue card belongs to: the two columns of {@code card} that filtering a collection
 * by game joins on. Never written: the catalogue import writes these rows through JDBC, and this class
 * has no way to make or change one (the key aside, its columns are neither insertable nor updatable).
 */
@Entity
@Table(name = "card")
class CardGameJpaEntity {

    @Id
    private long id;

    @Column(name = "game_id", insertable = false, updatable = false)
    private int gameId;

    /** For JPA only. */
    protected CardGameJpaEntity() {
    }
}
