package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.PostForumPostCommand;
import io.cardvault.application.port.in.community.PostForumPostUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.InvalidCommunityDataException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Writing a forum post ({@code /forum/new}): title and Markdown body; on success the reader is sent to the new post. */
@Named
@RequestScoped
public class NewForumPostPage {

    private final PostForumPostUseCase post;
    private final WebContext web;
    private final HttpServletRequest request;
    private String title = "";
    private String body = "";
    private String error = "";

    @Inject
    public NewForumPostPage(PostForumPostUseCase post, WebContext web, HttpServletRequest request) {
        this.post = post;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected NewForumPostPage() {
        this(null, null, null);
    }

    public void load() {
        // nothing to read for the form: it renders empty, or with what was refused
        WatchForms.ownerToRender(web, request, this::written);
    }

    private boolean written(AccountId author) {
        title = web.parameter("title");
        body = web.parameter("body");
        try {
            ForumPostView written = post.post(new PostForumPostCommand(author, title, body));
            web.redirect("/forum/" + written.post().requireId().value());
            return true;
        } catch (InvalidCommunityDataException refused) {
            error = web.message("forum.error." + ("title".equals(refused.field()) ? "title" : "body"));
            return false;
        }
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getError() {
        return error;
    }
}
