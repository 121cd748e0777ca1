package io.cardvault.adapter.in.rest.collection;

/**
 * How much one collection upload may hold. The defaults are far above a real collector's export
 * (a 10,000-card TCGplayer app export is about 1 MB) and low enough that one upload, read whole
 * into memory and imported in one transaction, cannot hurt the node.
 *
 * @param maxBytes the upload's size cap; more is refused as too large (413)
 * @param maxRows  card rows after the header (blank lines not counted); more is refused (422)
 */
record CollectionImportLimits(int maxBytes, int maxRows) {

    static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    static final int DEFAULT_MAX_ROWS = 10_000;

    CollectionImportLimits {
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("import limits are positive: " + maxBytes + " bytes, " + maxRows + " rows");
        }
    }

    static CollectionImportLimits defaults() {
        return new CollectionImportLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }
}
