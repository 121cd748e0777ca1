package io.cardvault.adapter.out.persistence.deck;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.InvalidDeckDataException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decks through JPA on the container's transaction-scoped {@code EntityManager}. */
@ApplicationScoped
class JpaDeckStore implements DeckStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaDeckStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaDeckStore() {
        this.entityManager = null;
    }

    @Override
    public Deck add(Deck deck) {
        DeckJpaEntity row = new DeckJpaEntity(deck.owner().value(), gameId(deck.game()), UtcWallClock.utc(deck.createdAt()));
        DeckJpaMapper.write(deck, row);
        entityManager.persist(row);
        entityManager.flush();
        return DeckJpaMapper.toDomain(row, deck.game());
    }

    @Override
    public Optional<Deck> findById(DeckId id) {
        return Optional.ofNullable(entityManager.find(DeckJpaEntity.class, id.value()))
                .map(row -> DeckJpaMapper.toDomain(row, gameSlugs().get(row.gameId())));
    }

    @Override
    public List<Deck> findByOwner(AccountId owner) {
        Map<Integer, String> slugs = gameSlugs();
        return entityManager.createQuery("SELECT d FROM DeckJpaEntity d WHERE d.accountId = :owner"
                        + " ORDER BY d.updatedAt DESC, d.id DESC", DeckJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream().map(row -> DeckJpaMapper.toDomain(row, slugs.get(row.gameId()))).toList();
    }

    @Override
    public void update(Deck deck) {
        DeckJpaEntity row = entityManager.find(DeckJpaEntity.class, deck.id().orElseThrow().value());
        if (row != null) {
            DeckJpaMapper.write(deck, row);
        }
    }

    private int gameId(String slug) {
        List<?> ids = entityManager.createNativeQuery("SELECT id FROM game WHERE slug = ?").setParameter(1, slug).getResultList();
        if (ids.isEmpty()) {
            throw new InvalidDeckDataException("tcg_slug", "no game has the slug '" + slug + "'");
        }
        return ((Number) ids.get(0)).intValue();
    }

    /** Every game's slug by id: a handful of rows. */
    private Map<Integer, String> gameSlugs() {
        Map<Integer, String> slugs = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT id, slug FROM game").getResultList()) {
            Object[] columns = (Object[]) row;
            slugs.put(((Number) columns[0]).intValue(), (String) columns[1]);
        }
        return slugs;
    }
}
