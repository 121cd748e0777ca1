package io.cardvault.adapter.out.persistence.collection;

import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionEntryId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Collection entries through JPA on the container's transaction-scoped {@code EntityManager}: every
 * call joins the calling use case's transaction, so an import writes all its rows or none. A page of
 * a collection is read newest first with ties broken by id (the index {@code (account_id, added_at,
 * id)} serves it); the game filter joins the catalogue's {@code card} and {@code game} rows.
 */
@ApplicationScoped
class JpaCollectionStore implements CollectionStorePort {

    private static final String OWNED = " FROM CollectionEntryJpaEntity e WHERE e.accountId = :owner";
    private static final String OWNED_OF_GAME = " FROM CollectionEntryJpaEntity e, CardGameJpaEntity c, GameJpaEntity g"
            + " WHERE e.accountId = :owner AND c.id = e.cardId AND g.id = c.gameId AND g.slug = :game";

    private final EntityManager entityManager;

    @Inject
    JpaCollectionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaCollectionStore() {
        this.entityManager = null;
    }

    @Override
    public CollectionEntry add(CollectionEntry entry) {
        CollectionEntryJpaEntity row = CollectionEntryJpaMapper.toNewEntity(entry);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return CollectionEntryJpaMapper.toDomain(row);
    }

    @Override
    public Optional<CollectionEntry> findById(CollectionEntryId id) {
        return Optional.ofNullable(entityManager.find(CollectionEntryJpaEntity.class, id.value()))
                .map(CollectionEntryJpaMapper::toDomain);
    }

    /** Absent variant and slab are matched as absent ({@code IS NULL}), so the query is built for the holding. */
    @Override
    public Optional<CollectionEntry> findHolding(CollectionEntry like) {
        StringBuilder jpql = new StringBuilder("SELECT e").append(OWNED)
                .append(" AND e.cardId = :card AND e.condition = :condition");
        jpql.append(like.variant().isPresent() ? " AND e.variantId = :variant" : " AND e.variantId IS NULL");
        jpql.append(like.grading().isPresent() ? " AND e.gradingCompany = :company AND e.grade = :grade"
                : " AND e.gradingCompany IS NULL");
        TypedQuery<CollectionEntryJpaEntity> query = entityManager
                .createQuery(jpql.append(" ORDER BY e.id").toString(), CollectionEntryJpaEntity.class)
                .setParameter("owner", like.owner().value())
                .setParameter("card", like.card().value())
                .setParameter("condition", like.condition().name());
        like.variant().ifPresent(variant -> query.setParameter("variant", variant.value()));
        like.grading().ifPresent(grading -> query
                .setParameter("company", grading.company().code())
                .setParameter("grade", grading.grade()));
        return query.setMaxResults(1).getResultStream().findFirst().map(CollectionEntryJpaMapper::toDomain);
    }

    @Override
    public Slice<CollectionEntry> findByOwner(AccountId owner, Optional<String> game, int limit, int offset) {
        String from = game.isPresent() ? OWNED_OF_GAME : OWNED;
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(e)" + from, Long.class)
                .setParameter("owner", owner.value());
        TypedQuery<CollectionEntryJpaEntity> page = entityManager
                .createQuery("SELECT e" + from + " ORDER BY e.addedAt DESC, e.id DESC", CollectionEntryJpaEntity.class)
                .setParameter("owner", owner.value());
        game.ifPresent(slug -> {
            count.setParameter("game", slug);
            page.setParameter("game", slug);
        });
        long total = count.getSingleResult();
        if (limit <= 0 || offset >= total) {
            return new Slice<>(List.of(), total);
        }
        return new Slice<>(page.setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(CollectionEntryJpaMapper::toDomain).toList(), total);
    }

    @Override
    public List<CollectionEntry> findAllByOwner(AccountId owner) {
        return entityManager
                .createQuery("SELECT e" + OWNED + " ORDER BY e.addedAt, e.id", CollectionEntryJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream().map(CollectionEntryJpaMapper::toDomain).toList();
    }

    @Override
    public void update(CollectionEntry entry) {
        CollectionEntryJpaEntity row = entityManager.find(CollectionEntryJpaEntity.class, entry.id().orElseThrow().value());
        if (row != null) {
            CollectionEntryJpaMapper.amend(row, entry);
        }
    }

    @Override
    public void delete(CollectionEntryId id) {
        entityManager.createQuery("DELETE FROM CollectionEntryJpaEntity e WHERE e.id = :id")
                .setParameter("id", id.value()).executeUpdate();
    }
}
