package io.cardvault.adapter.in.rest.search;

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

/**
 * {@code GET /api/search?…} answered below JAX-RS when {@link SearchAnswerCache} holds the answer
 * to that very query string: the bytes and headers the resource sent for it, after the same
 * admission and with the same CORS grant (as the card detail's fast path does). Anything else goes
 * on to JAX-RS, which validates, searches and fills the cache.
 */
@WebFilter(urlPatterns = SearchFastPath.SEARCH, dispatcherTypes = DispatcherType.REQUEST)
public class SearchFastPath extends HttpFilter {

    static final String SEARCH = "/api/search";
    private static final long serialVersionUID = 1L;

    private transient SearchAnswerCache answers;
    private transient AllowedOrigins origins;
    private transient FastPathMetrics metrics;

    /** The servlet container builds filters itself; their collaborators come from CDI when it starts them. */
    @Override
    public void init() {
        answers = CDI.current().select(SearchAnswerCache.class).get();
        origins = CDI.current().select(AllowedOrigins.class).get();
        metrics = CDI.current().select(FastPathMetrics.class).get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String query = request.getQueryString();
        boolean plainSearch = "GET".equals(request.getMethod()) && query != null
                && SEARCH.equals(request.getRequestURI().substring(request.getContextPath().length()));
        byte[] held = plainSearch ? answers.held(query) : null;
        Optional<CallerAdmission.Admission> verdict = AdmissionFilter.verdict(request);
        if (held == null || verdict.isEmpty()) {
            chain.doFilter(request, response); // JAX-RS answers, and refuses what was never admitted
            return;
        }
        HeldAnswer.send(request, response, verdict.get(), origins, null, held);
        metrics.answered(FastPathMetrics.Route.SEARCH, start);
    }
}
