package io.cardvault.application.port.in.community;

import io.cardvault.domain.catalogue.Slice;

/** Use case: a page of the forum's visible posts, newest first; {@code limit} 1–200. */
public interface ListForumPostsUseCase {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 200;

    Slice<ForumPostView> list(int limit, int offset);
}
