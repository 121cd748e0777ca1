package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.MessageThread;
import io.cardvault.application.port.in.community.MessageView;
import io.cardvault.domain.community.ForumPost;
import java.util.Locale;

/** The community pages' view models (EL reads getters, not record components). */
final class CommunityRows {

    private CommunityRows() {
    }

    /** One message as a conversation shows it. */
    public record MessageRow(long id, String from, String body, String subject, boolean mine, String created) {

        static MessageRow of(MessageView view, Locale locale) {
            return new MessageRow(view.message().requireId().value(), view.fromUsername(), view.message().body(),
                    view.message().subject().orElse(""), "sent".equals(view.direction()),
                    WatchForms.dateTime(view.message().createdAt(), locale));
        }

        public long getId() {
            return id;
        }

        public String getFrom() {
            return from;
        }

        public String getBody() {
            return body;
        }

        public String getSubject() {
            return subject;
        }

        public boolean isMine() {
            return mine;
        }

        public String getCreated() {
            return created;
        }
    }

    /** One conversation as the inbox lists it. */
    public record ThreadRow(String username, String href, String preview, int unread, int messages, String created) {

        static ThreadRow of(MessageThread thread, WebContext web) {
            String body = thread.latest().message().body();
            return new ThreadRow(thread.username(), web.getBase() + "/messages/" + thread.username(),
                    body.length() > 120 ? body.substring(0, 120) + "…" : body, thread.unread(), thread.messages(),
                    WatchForms.dateTime(thread.latest().message().createdAt(), web.getLocale()));
        }

        public String getUsername() {
            return username;
        }

        public String getHref() {
            return href;
        }

        public String getPreview() {
            return preview;
        }

        public int getUnread() {
            return unread;
        }

        public int getMessages() {
            return messages;
        }

        public String getCreated() {
            return created;
        }
    }

    /** One forum post; {@code html} is the stored, already sanitised rendering (shown unescaped). */
    public record PostRow(long id, String title, String author, String html, String href, String created) {

        static PostRow of(ForumPostView view, WebContext web) {
            ForumPost post = view.post();
            return new PostRow(post.requireId().value(), post.title(), view.authorUsername(), post.html(),
                    web.getBase() + "/forum/" + post.requireId().value(), WatchForms.dateTime(post.createdAt(), web.getLocale()));
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getAuthor() {
            return author;
        }

        public String getHtml() {
            return html;
        }

        public String getHref() {
            return href;
        }

        public String getCreated() {
            return created;
        }
    }
}
