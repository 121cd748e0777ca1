package io.cardvault.domain.collection;

import java.util.Optional;

/** What a notification is about; the code is the spec's {@code kind} and the unread counters' key. */
public enum NotificationKind {
    ALERT_TRIGGERED("alert_triggered"),
    WISHLIST_PRICE("wishlist_price"),
    NEW_MESSAGE("new_message"),
    OFFER_RECEIVED("offer_received"),
    ORDER_UPDATED("order_updated"),
    LISTING_STATUS("listing_status");

    private final String code;

    NotificationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NotificationKind> find(String code) {
        for (NotificationKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
