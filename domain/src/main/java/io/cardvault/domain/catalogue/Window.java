package io.cardvault.domain.catalogue;

/** Which rows of an ordered list to read: skip {@code offset}, return at most {@code limit}. */
public record Window(long offset, int limit) {

    public Window {
        InvalidCatalogueDataException.require(offset >= 0, "offset must not be negative: " + offset);
        InvalidCatalogueDataException.require(limit >= 0, "limit must not be negative: " + limit);
    }

    /** Page {@code page} (1-based) of {@code size} rows. */
    public static Window page(int page, int size) {
        InvalidCatalogueDataException.require(page >= 1, "pages start at 1: " + page);
        return new Window((long) (page - 1) * size, size);
    }
}
