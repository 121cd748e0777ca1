package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.community.LoadModerationQueueUseCase;
import io.cardvault.application.port.in.community.ModerateReportCommand;
import io.cardvault.application.port.in.community.ModerateReportUseCase;
import io.cardvault.application.port.in.community.ModerationEntry;
import io.cardvault.application.port.in.community.ReportNotFoundException;
import io.cardvault.application.port.in.community.ReportView;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.CommunityRejection;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.community.ModerationDecision;
import io.cardvault.domain.community.ReportId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;

/**
 * The moderation queue ({@code /admin/reports}), for administrators only (the access gate every admin
 * route uses; others get a 403 page): the open reports with their targets, hide or dismiss per report,
 * and the audit trail of who decided what and when.
 */
@Named
@RequestScoped
public class ModerationPage {

    private final LoadModerationQueueUseCase queue;
    private final ModerateReportUseCase moderate;
    private final CheckAccessUseCase access;
    private final WebContext web;
    private final HttpServletRequest request;
    private boolean allowed;
    private List<ReportRow> reports = List.of();
    private List<TrailRow> trail = List.of();
    private String error = "";

    @Inject
    public ModerationPage(LoadModerationQueueUseCase queue, ModerateReportUseCase moderate, CheckAccessUseCase access,
                          WebContext web, HttpServletRequest request) {
        this.queue = queue;
        this.moderate = moderate;
        this.access = access;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected ModerationPage() {
        this(null, null, null, null, null);
    }

    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerOrSignIn(web);
        if (signedIn.isEmpty()) {
            return;
        }
        try {
            access.requireForSession(signedIn.get(), AccessRequirement.ADMIN);
        } catch (AccessDeniedException notAnAdministrator) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        allowed = true;
        if (WatchForms.posted(request) && decided(signedIn.get())) {
            return;
        }
        var loaded = queue.load();
        reports = loaded.open().stream().map(view -> ReportRow.of(view, web)).toList();
        trail = loaded.trail().stream().map(entry -> TrailRow.of(entry, web)).toList();
    }

    private boolean decided(AccountId moderator) {
        try {
            moderate.decide(new ModerateReportCommand(moderator, new ReportId(Long.parseLong(web.parameter("report"))),
                    ModerationDecision.parse(web.parameter("do"))));
        } catch (NumberFormatException | InvalidCommunityDataException | CommunityRejection | ReportNotFoundException refused) {
            error = web.message("moderation.error");
            return false;
        }
        web.redirect("/admin/reports");
        return true;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public List<TrailRow> getTrail() {
        return trail;
    }

    public String getError() {
        return error;
    }

    /** An open report as the queue shows it. */
    public record ReportRow(long id, String targetType, long targetId, String summary, String href, String reporter,
                            String reason, String category, boolean hideable, String created) {

        static ReportRow of(ReportView view, WebContext web) {
            var report = view.report();
            return new ReportRow(report.requireId().value(), report.targetType().code(), report.targetId(), view.targetSummary(),
                    view.targetUrl().isEmpty() ? "" : web.getBase() + view.targetUrl(), view.reporterUsername(), report.reason(),
                    report.category().code(), report.targetType().hideable(),
                    WatchForms.dateTime(report.createdAt(), web.getLocale()));
        }

        public long getId() {
            return id;
        }

        public String getTargetType() {
            return targetType;
        }

        public long getTargetId() {
            return targetId;
        }

        public String getSummary() {
            return summary;
        }

        public String getHref() {
            return href;
        }

        public String getReporter() {
            return reporter;
        }

        public String getReason() {
            return reason;
        }

        public String getCategory() {
            return category;
        }

        public boolean isHideable() {
            return hideable;
        }

        public String getCreated() {
            return created;
        }
    }

    /** A line of the audit trail. */
    public record TrailRow(long report, String moderator, String decision, String target, String at) {

        static TrailRow of(ModerationEntry entry, WebContext web) {
            var action = entry.action();
            return new TrailRow(action.report().value(), entry.moderatorUsername(), action.decision().code(),
                    action.targetType().code() + " #" + action.targetId(), WatchForms.dateTime(action.at(), web.getLocale()));
        }

        public long getReport() {
            return report;
        }

        public String getModerator() {
            return moderator;
        }

        public String getDecision() {
            return decision;
        }

        public String getTarget() {
            return target;
        }

        public String getAt() {
            return at;
        }
    }
}
