package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.notification.CountUnreadNotificationsUseCase;
import io.cardvault.application.port.in.notification.ListNotificationsUseCase;
import io.cardvault.application.port.in.notification.MarkNotificationsReadCommand;
import io.cardvault.application.port.in.notification.MarkNotificationsReadUseCase;
import io.cardvault.application.port.in.notification.NotificationPageQuery;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notification feed, newest first and paged: each entry links to what it is about (its card),
 * unread ones are marked and can be marked read one by one or all at once. Anonymous visitors are
 * sent to sign in.
 */
@Named
@RequestScoped
public class NotificationsPage {

    static final int PAGE_SIZE = 20;

    private final ListNotificationsUseCase list;
    private final CountUnreadNotificationsUseCase counts;
    private final MarkNotificationsReadUseCase mark;
    private final WebContext web;
    private final HttpServletRequest request;
    private List<NotificationRow> notifications = List.of();
    private Pager pager;
    private long unread;
    private String error = "";

    @Inject
    public NotificationsPage(ListNotificationsUseCase list, CountUnreadNotificationsUseCase counts,
                             MarkNotificationsReadUseCase mark, WebContext web, HttpServletRequest request) {
        this.list = list;
        this.counts = counts;
        this.mark = mark;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected NotificationsPage() {
        this(null, null, null, null, null);
    }

    /** View action: a posted "mark read" is carried out (then redirected to the same page), and the page is read. */
    public void load() {
        int page = web.pageParameter();
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, owner -> carriedOut(owner, page));
        if (signedIn.isEmpty()) {
            return;
        }
        AccountId owner = signedIn.get();
        Slice<Notification> slice = list.notifications(new NotificationPageQuery(owner, PAGE_SIZE,
                Math.toIntExact(Math.min((long) (page - 1) * PAGE_SIZE, Integer.MAX_VALUE))));
        int shown = Pager.clamp(page, slice.total(), PAGE_SIZE);
        if (shown != page) {
            slice = list.notifications(new NotificationPageQuery(owner, PAGE_SIZE, (shown - 1) * PAGE_SIZE));
        }
        pager = new Pager(page, slice.total(), PAGE_SIZE, web.getBase() + "/notifications", Map.of());
        notifications = slice.items().stream().map(this::row).toList();
        unread = counts.unreadCounts(owner).total();
    }

    private boolean carriedOut(AccountId owner, int page) {
        try {
            switch (web.parameter("do")) {
                case "read" -> mark.markRead(MarkNotificationsReadCommand.ids(owner, Set.of(notificationId(web.parameter("id")))));
                case "read-all" -> mark.markRead(MarkNotificationsReadCommand.all(owner));
                default -> {
                    error = web.message("watch.error.input");
                    return false;
                }
            }
        } catch (InvalidCollectionDataException refused) {
            error = web.message("watch.error.input");
            return false;
        }
        web.redirect("/notifications" + (page > 1 ? "?page=" + page : ""));
        return true;
    }

    private static NotificationId notificationId(String text) {
        try {
            return new NotificationId(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            throw new InvalidCollectionDataException("ids", "not a notification id: " + text);
        }
    }

    private NotificationRow row(Notification notification) {
        return new NotificationRow(notification.id().orElseThrow().value(), web.message("notifications.kind."
                + notification.kind().code()), notification.title(), notification.body(), link(notification),
                notification.read(), WatchForms.dateTime(notification.createdAt(), web.getLocale()));
    }

    /**
     * Where an entry leads: its own page link in this language ({@code /cards/4} → {@code /en/cards/4}; one
     * already in a language is kept), else the card its data names, else nowhere.
     */
    private String link(Notification notification) {
        Optional<String> url = notification.url().map(path -> WebRoutes.languageOf(path).isPresent() ? path : web.getBase() + path);
        return url.or(() -> Optional.ofNullable(notification.data().get("card_id"))
                        .filter(Long.class::isInstance).map(card -> web.getBase() + "/cards/" + card))
                .orElse("");
    }

    public List<NotificationRow> getNotifications() {
        return notifications;
    }

    public Pager getPager() {
        return pager;
    }

    public long getUnread() {
        return unread;
    }

    public String getError() {
        return error;
    }

    /** One entry as the feed shows it; {@code href} is empty when it leads nowhere. */
    public record NotificationRow(long id, String kind, String title, String body, String href, boolean read,
                                  String created) {

        public long getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public String getTitle() {
            return title;
        }

        public String getBody() {
            return body;
        }

        public String getHref() {
            return href;
        }

        public boolean isRead() {
            return read;
        }

        public String getCreated() {
            return created;
        }
    }
}
