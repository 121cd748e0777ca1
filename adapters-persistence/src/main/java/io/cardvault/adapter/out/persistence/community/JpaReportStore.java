package io.cardvault.adapter.out.persistence.community;

import io.cardvault.application.port.out.ReportStorePort;
import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportId;
import io.cardvault.domain.community.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Reports and the moderation trail through JPA. A decision is a conditional update from {@code open}:
 * of two moderators deciding at once, the second matches no row and writes no trail line.
 */
@ApplicationScoped
class JpaReportStore implements ReportStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaReportStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaReportStore() {
        this.entityManager = null;
    }

    @Override
    public Report add(Report report) {
        ReportJpaEntity row = CommunityJpaMapper.toNewEntity(report);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return report.stored(new ReportId(row.id));
    }

    @Override
    public Optional<Report> findById(ReportId id) {
        return entityManager.createQuery("SELECT r FROM ReportJpaEntity r WHERE r.id = :id", ReportJpaEntity.class)
                .setParameter("id", id.value()).getResultStream().findFirst().map(CommunityJpaMapper::toDomain);
    }

    @Override
    public List<Report> findOpen(int limit) {
        return entityManager.createQuery("SELECT r FROM ReportJpaEntity r WHERE r.status = :open"
                        + " ORDER BY r.createdAt, r.id", ReportJpaEntity.class)
                .setParameter("open", ReportStatus.OPEN.code()).setMaxResults(limit)
                .getResultStream().map(CommunityJpaMapper::toDomain).toList();
    }

    @Override
    public boolean recordDecision(Report decided, ModerationAction action) {
        int changed = entityManager.createQuery("UPDATE ReportJpaEntity r SET r.status = :status"
                        + " WHERE r.id = :id AND r.status = :open")
                .setParameter("status", decided.status().code()).setParameter("id", decided.requireId().value())
                .setParameter("open", ReportStatus.OPEN.code()).executeUpdate();
        if (changed == 0) {
            return false;
        }
        entityManager.persist(CommunityJpaMapper.toNewEntity(action));
        entityManager.flush();
        return true;
    }

    @Override
    public List<ModerationAction> recentActions(int limit) {
        return entityManager.createQuery("SELECT a FROM ModerationActionJpaEntity a ORDER BY a.actedAt DESC, a.id DESC",
                        ModerationActionJpaEntity.class).setMaxResults(limit)
                .getResultStream().map(CommunityJpaMapper::toDomain).flatMap(Optional::stream).toList();
    }
}
