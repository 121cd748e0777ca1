package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.AllowedOrigins;
import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.adapter.in.rest.FastPathMetrics;
import io.cardvault.adapter.in.rest.HeldAnswer;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code GET /api/v2/cards/{id}} answered below JAX-RS when {@link CardDetailCache} holds the card:
 * the same bytes and headers the resource would send, after the same admission (the front door,
 * {@link AdmissionFilter}, judged it and answered any refusal) and with the same CORS grant. The
 * detail is the API's hottest read; once its JSON is cached, most of a request's cost was the REST
 * stack around a map lookup (RESTEasy's matching, CDI contexts, providers), which this skips.
 * Anything else (a card not held yet, another route or method, a malformed id) goes on to JAX-RS
 * untouched, which also fills the cache. Answers served here count in the resource method's REST
 * request timer ({@link FastPathMetrics}).
 */
@WebFilter(urlPatterns = CardDetailFastPath.CARDS + "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CardDetailFastPath extends HttpFilter {

    static final String CARDS = "/api/v2/cards";
    private static final long serialVersionUID = 1L;
    /** Longer digit runs may not fit a long: JAX-RS answers those. */
    private static final int MAX_ID_DIGITS = 18;

    private transient CardDetailCache details;
    private transient AllowedOrigins origins;
    private transient FastPathMetrics metrics;

    /** The servlet container builds filters itself; their collaborators come from CDI when it starts them. */
    @Override
    public void init() {
        details = CDI.current().select(CardDetailCache.class).get();
        origins = CDI.current().select(AllowedOrigins.class).get();
        metrics = CDI.current().select(FastPathMetrics.class).get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        OptionalLong cardId = "GET".equals(request.getMethod()) ? cardId(path) : OptionalLong.empty();
        byte[] held = cardId.isPresent() ? details.held(cardId.getAsLong()) : null;
        Optional<CallerAdmission.Admission> verdict = AdmissionFilter.verdict(request);
        if (held == null || verdict.isEmpty()) {
            chain.doFilter(request, response); // JAX-RS answers, and refuses what was never admitted
            return;
        }
        HeldAnswer.send(request, response, verdict.get(), origins, V2Caching.CACHE_CONTROL, held);
        metrics.answered(FastPathMetrics.Route.CARD_DETAIL, start);
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
