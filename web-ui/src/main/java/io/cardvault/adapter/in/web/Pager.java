package io.cardvault.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Previous/next links over a paged list; the other query parameters of the page are kept. The
 * site's one rule for a page past the end ({@code ?page=999}): it shows the last page, never an
 * empty one ({@link #clamp}, which every paged page reads its rows with), and page 0 or less the first.
 */
public final class Pager {

    private final int page;
    private final int pageCount;
    private final String path;
    private final Map<String, String> query;

    Pager(int page, long total, int size, String path, Map<String, String> query) {
        this.pageCount = pageCount(total, size);
        this.page = clamp(page, total, size);
        this.path = path;
        this.query = new LinkedHashMap<>(query);
    }

    /** The page a request for {@code asked} shows: 1 to the last page of {@code total} rows. */
    static int clamp(int asked, long total, int size) {
        return Math.min(Math.max(1, asked), pageCount(total, size));
    }

    private static int pageCount(long total, int size) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    public boolean isNeeded() {
        return pageCount > 1;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < pageCount;
    }

    public String getPreviousHref() {
        return href(page - 1);
    }

    public String getNextHref() {
        return href(page + 1);
    }

    String href(int target) {
        Map<String, String> parameters = new LinkedHashMap<>(query);
        if (target > 1) {
            parameters.put("page", Integer.toString(target));
        }
        return withQuery(path, parameters);
    }

    /** {@code path?a=1&b=2}, leaving out empty values. */
    static String withQuery(String path, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }
}
