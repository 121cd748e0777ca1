package io.cardvault.adapter.out.persistence.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code content_report} (V104); only the status changes, by a conditional update from {@code open}. */
@Entity
@Table(name = "content_report")
class ReportJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    long reporterId;

    @Column(name = "target_type", nullable = false, length = 16, updatable = false)
    String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    long targetId;

    @Column(nullable = false, length = 500, updatable = false)
    String reason;

    @Column(nullable = false, length = 16, updatable = false)
    String category;

    @Column(nullable = false, length = 16)
    String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    LocalDateTime createdAt;

    /** For JPA only. */
    protected ReportJpaEntity() {
    }
}
