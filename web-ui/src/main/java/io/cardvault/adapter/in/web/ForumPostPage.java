package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.community.FileReportCommand;
import io.cardvault.application.port.in.community.FileReportUseCase;
import io.cardvault.application.port.in.community.ForumPostNotFoundException;
import io.cardvault.application.port.in.community.ReadForumPostUseCase;
import io.cardvault.application.port.in.community.ReportTargetNotFoundException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ForumPostId;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.community.ReportCategory;
import io.cardvault.domain.community.ReportTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One forum post ({@code /forum/{id}}): its stored, sanitised HTML, and for signed-in readers a form to
 * report it. A hidden or unknown post is a 404.
 */
@Named
@RequestScoped
public class ForumPostPage {

    private final ReadForumPostUseCase read;
    private final FileReportUseCase report;
    private final WebContext web;
    private final HttpServletRequest request;
    private CommunityRows.PostRow post;
    private String notice = "";
    private String error = "";

    @Inject
    public ForumPostPage(ReadForumPostUseCase read, FileReportUseCase report, WebContext web, HttpServletRequest request) {
        this.read = read;
        this.report = report;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected ForumPostPage() {
        this(null, null, null, null);
    }

    public void load() {
        long id = postId();
        if (id < 1) {
            web.notFound();
            return;
        }
        if (WatchForms.posted(request)) {
            if (WatchForms.ownerOrSignIn(web).map(reporter -> reported(reporter, id)).orElse(true)) {
                return;
            }
        }
        notice = "reported".equals(web.parameter("done")) ? web.message("community.reported") : "";
        try {
            post = CommunityRows.PostRow.of(read.read(new ForumPostId(id)), web);
        } catch (ForumPostNotFoundException unknown) {
            web.notFound();
        }
    }

    private boolean reported(AccountId reporter, long id) {
        try {
            report.file(new FileReportCommand(reporter, ReportTarget.FORUM_POST, id, web.parameter("reason"),
                    web.parameter("category").isEmpty() ? ReportCategory.OTHER : ReportCategory.parse(web.parameter("category"))));
        } catch (InvalidCommunityDataException | ReportTargetNotFoundException refused) {
            error = web.message("community.error.report");
            return false;
        }
        web.redirect("/forum/" + id + "?done=reported");
        return true;
    }

    private long postId() {
        try {
            return Long.parseLong(web.parameter("id"));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public CommunityRows.PostRow getPost() {
        return post;
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }
}
