package io.cardvault.domain.community;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A forum post: its author's Markdown as written and the HTML rendered from it once, at write time,
 * already sanitised (pages show {@code html} as is, so nothing else may ever be put there). A
 * moderator may hide it, which takes it out of every public read.
 */
public record ForumPost(Optional<ForumPostId> id, AccountId author, String title, String markdown, String html,
                        boolean hidden, Instant createdAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    public ForumPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        InvalidCommunityDataException.requireText(title, MAX_TITLE, "title");
        InvalidCommunityDataException.requireText(markdown, MAX_BODY, "body");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new post with the HTML its Markdown rendered to, not stored yet. */
    public static ForumPost write(AccountId author, String title, String markdown, String safeHtml, Instant now) {
        return new ForumPost(Optional.empty(), author, title.strip(), markdown, safeHtml, false, now);
    }

    public ForumPost stored(ForumPostId storedId) {
        return new ForumPost(Optional.of(storedId), author, title, markdown, html, hidden, createdAt);
    }

    public ForumPostId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("forum post not stored yet"));
    }
}
