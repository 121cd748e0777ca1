package io.cardvault.adapter.out.persistence.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code forum_post} (V104); only the hidden flag changes, through a bulk update. */
@Entity
@Table(name = "forum_post")
class ForumPostJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    long authorId;

    @Column(nullable = false, length = 200, updatable = false)
    String title;

    @Column(name = "body_md", nullable = false, updatable = false)
    String markdown;

    @Column(name = "body_html", nullable = false, updatable = false)
    String html;

    @Column(name = "is_hidden", nullable = false)
    boolean hidden;

    @Column(name = "created_at", nullable = false, updatable = false)
    LocalDateTime createdAt;

    /** For JPA only. */
    protected ForumPostJpaEntity() {
    }
}
