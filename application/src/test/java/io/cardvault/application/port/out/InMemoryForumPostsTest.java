package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryForumPostsTest extends ForumPostStorePortContract {

    private final InMemoryForumPosts posts = new InMemoryForumPosts();
    private final FreshIds ids = new FreshIds();

    @Override
    protected ForumPostStorePort posts() {
        return posts;
    }

    @Override
    protected AccountId anAccount() {
        return ids.account();
    }
}
