package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The forum post store in memory. */
public class InMemoryForumPosts implements ForumPostStorePort {

    private final Map<Long, ForumPost> posts = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public ForumPost add(ForumPost post) {
        ForumPost stored = post.stored(new ForumPostId(ids.incrementAndGet()));
        posts.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public Optional<ForumPost> findById(ForumPostId id) {
        return Optional.ofNullable(posts.get(id.value()));
    }

    @Override
    public Slice<ForumPost> findVisible(int limit, int offset) {
        List<ForumPost> visible = posts.values().stream().filter(post -> !post.hidden())
                .sorted(Comparator.comparing(ForumPost::createdAt).thenComparing(post -> post.requireId().value()).reversed())
                .toList();
        return new Slice<>(visible.stream().skip(offset).limit(limit).toList(), visible.size());
    }

    @Override
    public boolean hide(ForumPostId id) {
        ForumPost found = posts.get(id.value());
        if (found == null) {
            return false;
        }
        posts.put(id.value(), new ForumPost(found.id(), found.author(), found.title(), found.markdown(), found.html(), true,
                found.createdAt()));
        return true;
    }
}
