package io.cardvault.application.port.in.community;

/** Use case: publishes a forum post, its Markdown rendered to sanitised HTML once, now. */
public interface PostForumPostUseCase {

    ForumPostView post(PostForumPostCommand command);
}
