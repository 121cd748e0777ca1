package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import java.util.Optional;

/** Outgoing port: forum posts, stored with their rendered HTML. */
public interface ForumPostStorePort {

    /** Stores a new post and returns it with its id. */
    ForumPost add(ForumPost post);

    /** The post, hidden or not (a moderator sees what was hidden; public reads check {@link ForumPost#hidden()}). */
    Optional<ForumPost> findById(ForumPostId id);

    /** A page of the posts not hidden, newest first, and how many there are in all. */
    Slice<ForumPost> findVisible(int limit, int offset);

    /** Takes the post out of public reads; false when there is no such post. */
    boolean hide(ForumPostId id);
}
