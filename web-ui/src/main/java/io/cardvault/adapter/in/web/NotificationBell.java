package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.notification.CountUnreadNotificationsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header bell of every page a signed-in visitor sees: the unread notifications when the page was
 * rendered. {@code site.js} keeps it current afterwards from the {@code notification} frames of the
 * visitor's {@code user:<id>} topic, so a firing alert shows without a reload.
 */
@Named("bell")
@RequestScoped
public class NotificationBell {

    private final WebContext web;
    private final CountUnreadNotificationsUseCase unread;
    private Long count;

    @Inject
    public NotificationBell(WebContext web, CountUnreadNotificationsUseCase unread) {
        this.web = web;
        this.unread = unread;
    }

    /** For CDI's client proxy only. */
    protected NotificationBell() {
        this(null, null);
    }

    /** Unread notifications of the signed-in visitor, read once per page; 0 for nobody. */
    public long getUnread() {
        if (count == null) {
            count = web.signedInAccount().map(account -> unread.unreadCounts(account).total()).orElse(0L);
        }
        return count;
    }
}
