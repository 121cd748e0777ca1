package io.cardvault.domain.realtime;

import io.cardvault.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * Something for one account only (a price alert, a message, an offer, an order update): delivered
 * on {@code user:<recipient>}. {@code url} may be null.
 */
public record Notification(AccountId recipient, String kind, String title, String body, String url)
        implements MarketEvent {

    public static final String TYPE = "notification";

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        kind = MarketEvent.requireText(kind, "kind");
        title = MarketEvent.requireText(title, "title");
        body = body == null ? "" : body;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.user(recipient));
    }
}
