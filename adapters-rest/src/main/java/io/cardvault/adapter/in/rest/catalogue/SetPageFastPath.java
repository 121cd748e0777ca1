package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.rest.FastPathMetrics;
import io.cardvault.adapter.in.rest.HeldAnswerFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * {@code GET /api/v2/sets/{id}?page&size} answered below JAX-RS when {@link SetPageCache} holds the
 * page, as {@link CardDetailFastPath} does for the card detail. Only the plain forms of the route are
 * read here (a digit id, at most one {@code page} and one {@code size}, each digits within the route's
 * bounds, nothing else); anything else goes on to JAX-RS untouched, which validates it, answers it and
 * fills the cache.
 */
@WebFilter(urlPatterns = SetPageFastPath.SETS + "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SetPageFastPath extends HeldAnswerFilter {

    static final String SETS = "/api/v2/sets";
    /** The route's defaults and bounds ({@link V2SetsResource#set}). */
    static final int DEFAULT_PAGE = 1;
    static final int DEFAULT_SIZE = 60;
    static final int MAX_SIZE = 250;
    private static final long serialVersionUID = 1L;
    /** Longer digit runs may not fit a long (the id) or an int (page, size): JAX-RS answers those. */
    private static final int MAX_ID_DIGITS = 18;
    private static final int MAX_NUMBER_DIGITS = 9;

    private transient SetPageCache pages;

    public SetPageFastPath() {
        super(new FastPathMetrics.Route(V2SetsResource.class, "set_long_int_int"), V2Caching.CACHE_CONTROL);
    }

    @Override
    protected void start() {
        pages = CDI.current().select(SetPageCache.class).get();
    }

    @Override
    protected byte[] held(HttpServletRequest request) {
        return page(path(request), request.getQueryString())
                .map(wanted -> pages.held(wanted.setId(), wanted.page(), wanted.size())).orElse(null);
    }

    /** The page {@code /api/v2/sets/{digits}?page&size} names; empty for any other path or query. */
    static Optional<SetPageCache.Page> page(String path, String query) {
        if (!path.startsWith(SETS + "/")) {
            return Optional.empty();
        }
        long setId = digits(path.substring(SETS.length() + 1), MAX_ID_DIGITS);
        if (setId < 0) {
            return Optional.empty();
        }
        long page = -1;
        long size = -1;
        if (query != null && !query.isEmpty()) {
            for (String parameter : query.split("&", -1)) {
                if (parameter.startsWith("page=") && page < 0) {
                    page = digits(parameter.substring("page=".length()), MAX_NUMBER_DIGITS);
                    if (page < 0) {
                        return Optional.empty();
                    }
                } else if (parameter.startsWith("size=") && size < 0) {
                    size = digits(parameter.substring("size=".length()), MAX_NUMBER_DIGITS);
                    if (size < 0) {
                        return Optional.empty();
                    }
                } else {
                    return Optional.empty(); // a repeated or another parameter, an escape: JAX-RS reads it
                }
            }
        }
        int wantedPage = page < 0 ? DEFAULT_PAGE : (int) page;
        int wantedSize = size < 0 ? DEFAULT_SIZE : (int) size;
        if (wantedPage < 1 || wantedSize < 1 || wantedSize > MAX_SIZE) {
            return Optional.empty(); // JAX-RS answers the documented 422
        }
        return Optional.of(new SetPageCache.Page(setId, wantedPage, wantedSize));
    }

    /** The value of a run of 1 to {@code maxDigits} ASCII digits, or -1. */
    private static long digits(String text, int maxDigits) {
        if (text.isEmpty() || text.length() > maxDigits) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
