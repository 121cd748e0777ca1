package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.PostForumPostCommand;
import io.cardvault.application.port.in.community.PostForumPostUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.RenderMarkdownPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.community.ForumPost;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Renders the post's Markdown to sanitised HTML once and stores both. */
@UseCase
public class PostForumPostService implements PostForumPostUseCase {

    private final ForumPostStorePort posts;
    private final RenderMarkdownPort markdown;
    private final Members members;
    private final Clock clock;

    @Inject
    public PostForumPostService(ForumPostStorePort posts, RenderMarkdownPort markdown, AccountStorePort accounts) {
        this(posts, markdown, accounts, Clock.systemUTC());
    }

    public PostForumPostService(ForumPostStorePort posts, RenderMarkdownPort markdown, AccountStorePort accounts, Clock clock) {
        this.posts = posts;
        this.markdown = markdown;
        this.members = new Members(accounts);
        this.clock = clock;
    }

    @Override
    public ForumPostView post(PostForumPostCommand command) {
        // the rules on title and body are checked before any rendering work
        ForumPost checked = ForumPost.write(command.author(), command.title(), command.body(), "", clock.instant());
        ForumPost stored = posts.add(ForumPost.write(checked.author(), checked.title(), checked.markdown(),
                markdown.toSafeHtml(checked.markdown()), checked.createdAt()));
        return ForumPostViews.of(List.of(stored), members).get(0);
    }
}
