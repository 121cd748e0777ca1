package io.cardvault.domain.collection;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an account's feed: an alert that fired, a wish under its price, a message, an offer.
 * {@code data} carries the ids a client follows ({@code card_id}, {@code alert_id}), numbers or
 * short texts only; {@code url} is the site-relative page it points at.
 */
public record Notification(Optional<NotificationId> id, AccountId owner, NotificationKind kind, String title,
                           String body, Map<String, Object> data, Optional<String> url, boolean read,
                           Instant createdAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 2_000;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        InvalidCollectionDataException.require(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title",
                "a notification needs a title of at most " + MAX_TITLE + " characters");
        InvalidCollectionDataException.require(body != null && body.length() <= MAX_BODY, "body",
                "a notification body has at most " + MAX_BODY + " characters");
        Objects.requireNonNull(data, "data");
        data.forEach((key, value) -> InvalidCollectionDataException.require(
                key != null && !key.isBlank() && (value instanceof Long || value instanceof String), "data",
                "notification data holds numbers (long) and texts only: " + key));
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        Objects.requireNonNull(url, "url");
        url.ifPresent(link -> InvalidCollectionDataException.require(link.startsWith("/") && !link.startsWith("//"), "url",
                "a notification links to a page of this site: " + link));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new, unread notification, not stored yet. */
    public static Notification unread(AccountId owner, NotificationKind kind, String title, String body,
                                      Map<String, Object> data, Optional<String> url, Instant createdAt) {
        return new Notification(Optional.empty(), owner, kind, title, body, data, url, false, createdAt);
    }

    public Notification stored(NotificationId storedId) {
        return new Notification(Optional.of(storedId), owner, kind, title, body, data, url, read, createdAt);
    }
}
