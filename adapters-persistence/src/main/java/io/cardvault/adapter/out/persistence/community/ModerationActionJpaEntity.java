package io.cardvault.adapter.out.persistence.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code moderation_action} (V104), the append-only audit trail; {@code moderatorId} is null once that account is gone. */
@Entity
@Table(name = "moderation_action")
class ModerationActionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    long reportId;

    @Column(name = "moderator_id", updatable = false)
    Long moderatorId;

    @Column(nullable = false, length = 16, updatable = false)
    String decision;

    @Column(name = "target_type", nullable = false, length = 16, updatable = false)
    String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    long targetId;

    @Column(name = "acted_at", nullable = false, updatable = false)
    LocalDateTime actedAt;

    /** For JPA only. */
    protected ModerationActionJpaEntity() {
    }
}
