package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ForumPostNotFoundException;
import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.ReadForumPostUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import jakarta.inject.Inject;
import java.util.List;

/** One forum post, unless a moderator hid it. */
@UseCase
public class ReadForumPostService implements ReadForumPostUseCase {

    private final ForumPostStorePort posts;
    private final Members members;

    @Inject
    public ReadForumPostService(ForumPostStorePort posts, AccountStorePort accounts) {
        this.posts = posts;
        this.members = new Members(accounts);
    }

    @Override
    public ForumPostView read(ForumPostId id) {
        ForumPost post = posts.findById(id).filter(found -> !found.hidden()).orElseThrow(ForumPostNotFoundException::new);
        return ForumPostViews.of(List.of(post), members).get(0);
    }
}
