package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ForumPost;
import java.util.List;
import java.util.Map;

/** Forum posts with their authors' names, one account lookup for a page. */
final class ForumPostViews {

    private ForumPostViews() {
    }

    static List<ForumPostView> of(List<ForumPost> posts, Members members) {
        Map<AccountId, String> names = members.names(posts.stream().map(ForumPost::author).toList());
        return posts.stream().map(post -> new ForumPostView(post, Members.nameOf(names, post.author()))).toList();
    }
}
