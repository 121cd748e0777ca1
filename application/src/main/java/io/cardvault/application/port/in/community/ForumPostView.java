package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.ForumPost;

/** A forum post with its author's username. */
public record ForumPostView(ForumPost post, String authorUsername) {
}
