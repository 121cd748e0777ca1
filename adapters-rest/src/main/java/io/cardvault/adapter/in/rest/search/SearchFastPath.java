package io.cardvault.adapter.in.rest.search;

import io.cardvault.adapter.in.rest.FastPathMetrics;
import io.cardvault.adapter.in.rest.HeldAnswerFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /api/search?…} answered below JAX-RS when {@link SearchAnswerCache} holds the answer to
 * that very query string: the bytes the resource sent for it (the route sends no {@code Cache-Control}).
 * Anything else goes on to JAX-RS, which validates, searches and fills the cache.
 */
@WebFilter(urlPatterns = SearchFastPath.SEARCH, dispatcherTypes = DispatcherType.REQUEST)
public class SearchFastPath extends HeldAnswerFilter {

    static final String SEARCH = "/api/search";
    private static final long serialVersionUID = 1L;

    private transient SearchAnswerCache answers;

    public SearchFastPath() {
        super(new FastPathMetrics.Route(SearchResource.class, "search_java.lang.String_java.lang.String_java.lang.Long_"
                + "java.lang.String_java.math.BigDecimal_java.math.BigDecimal_int_int"), null);
    }

    @Override
    protected void start() {
        answers = CDI.current().select(SearchAnswerCache.class).get();
    }

    @Override
    protected byte[] held(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && SEARCH.equals(path(request)) ? answers.held(query) : null;
    }
}
