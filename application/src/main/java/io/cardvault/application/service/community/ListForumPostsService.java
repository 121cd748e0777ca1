package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.ListForumPostsUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.community.InvalidCommunityDataException;
import jakarta.inject.Inject;

/** A page of the forum's visible posts, newest first. */
@UseCase
public class ListForumPostsService implements ListForumPostsUseCase {

    private final ForumPostStorePort posts;
    private final Members members;

    @Inject
    public ListForumPostsService(ForumPostStorePort posts, AccountStorePort accounts) {
        this.posts = posts;
        this.members = new Members(accounts);
    }

    @Override
    public Slice<ForumPostView> list(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommunityDataException("limit", "limit runs from 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidCommunityDataException("offset", "offset is 0 or more");
        }
        Slice<io.cardvault.domain.community.ForumPost> page = posts.findVisible(limit, offset);
        return new Slice<>(ForumPostViews.of(page.items(), members), page.total());
    }
}
