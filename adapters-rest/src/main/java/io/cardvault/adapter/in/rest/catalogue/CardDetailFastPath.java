package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.rest.FastPathMetrics;
import io.cardvault.adapter.in.rest.HeldAnswerFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/**
 * {@code GET /api/v2/cards/{id}} answered below JAX-RS when {@link CardDetailCache} holds the card.
 * The detail is the API's hottest read; once its JSON is cached, most of a request's cost was the
 * REST stack around a map lookup (RESTEasy's matching, CDI contexts, providers), which this skips.
 * Anything else (a card not held yet, another route or method, a malformed id) goes on to JAX-RS
 * untouched, which also fills the cache.
 */
@WebFilter(urlPatterns = CardDetailFastPath.CARDS + "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CardDetailFastPath extends HeldAnswerFilter {

    static final String CARDS = "/api/v2/cards";
    private static final long serialVersionUID = 1L;
    /** Longer digit runs may not fit a long: JAX-RS answers those. */
    private static final int MAX_ID_DIGITS = 18;

    private transient CardDetailCache details;

    public CardDetailFastPath() {
        super(new FastPathMetrics.Route(V2CardsResource.class, "card_long"), V2Caching.CACHE_CONTROL);
    }

    @Override
    protected void start() {
        details = CDI.current().select(CardDetailCache.class).get();
    }

    @Override
    protected byte[] held(HttpServletRequest request) {
        OptionalLong cardId = cardId(path(request));
        return cardId.isPresent() ? details.held(cardId.getAsLong()) : null;
    }

    /** The id of {@code /api/v2/cards/{digits}}; empty for any other path. */
    static OptionalLong cardId(String path) {
        if (!path.startsWith(CARDS + "/")) {
            return OptionalLong.empty();
        }
        String id = path.substring(CARDS.length() + 1);
        if (id.isEmpty() || id.length() > MAX_ID_DIGITS) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(id));
    }
}
