package io.cardvault.adapter.out.persistence.community;

import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Forum posts through JPA. */
@ApplicationScoped
class JpaForumPostStore implements ForumPostStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaForumPostStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaForumPostStore() {
        this.entityManager = null;
    }

    @Override
    public ForumPost add(ForumPost post) {
        ForumPostJpaEntity row = CommunityJpaMapper.toNewEntity(post);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return post.stored(new ForumPostId(row.id));
    }

    @Override
    public Optional<ForumPost> findById(ForumPostId id) {
        return Optional.ofNullable(entityManager.find(ForumPostJpaEntity.class, id.value())).map(CommunityJpaMapper::toDomain);
    }

    @Override
    public Slice<ForumPost> findVisible(int limit, int offset) {
        long total = entityManager.createQuery("SELECT COUNT(p) FROM ForumPostJpaEntity p WHERE p.hidden = FALSE", Long.class)
                .getSingleResult();
        if (limit <= 0 || offset >= total) {
            return new Slice<>(List.of(), total);
        }
        return new Slice<>(entityManager.createQuery("SELECT p FROM ForumPostJpaEntity p WHERE p.hidden = FALSE"
                        + " ORDER BY p.createdAt DESC, p.id DESC", ForumPostJpaEntity.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(CommunityJpaMapper::toDomain).toList(), total);
    }

    @Override
    public boolean hide(ForumPostId id) {
        return entityManager.createQuery("UPDATE ForumPostJpaEntity p SET p.hidden = TRUE WHERE p.id = :id")
                .setParameter("id", id.value()).executeUpdate() > 0;
    }
}
