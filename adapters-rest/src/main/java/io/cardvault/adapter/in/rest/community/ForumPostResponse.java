package io.cardvault.adapter.in.rest.community;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.domain.community.ForumPost;

/** A forum post: the Markdown as written ({@code body}) and its sanitised HTML ({@code body_html}). */
public record ForumPostResponse(long id, String title, String body, String bodyHtml, String authorUsername, String createdAt) {

    static ForumPostResponse from(ForumPostView view) {
        ForumPost post = view.post();
        return new ForumPostResponse(post.requireId().value(), post.title(), post.markdown(), post.html(), view.authorUsername(),
                post.createdAt().toString());
    }
}
