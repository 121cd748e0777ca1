package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.ForumPostId;

/** Use case: one visible forum post; a hidden or unknown one is {@link ForumPostNotFoundException}. */
public interface ReadForumPostUseCase {

    ForumPostView read(ForumPostId id);
}
