package io.cardvault.adapter.out.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which game a catalogue card belongs to: the two columns of {@code card} that filtering a collection
 * by game joins on. Read only: the catalogue import writes these rows through JDBC, never JPA.
 */
@Entity
@Table(name = "card")
class CardGameJpaEntity {

    @Id
    @Column(insertable = false, updatable = false)
    private long id;

    @Column(name = "game_id", insertable = false, updatable = false)
    private int gameId;

    /** For JPA only. */
    protected CardGameJpaEntity() {
    }
}
