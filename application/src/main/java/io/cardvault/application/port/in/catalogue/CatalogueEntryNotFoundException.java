package io.cardvault.application.port.in.catalogue;

/** A game, set, card or sealed product that the catalogue does not hold (or not under that game). */
public final class CatalogueEntryNotFoundException extends CatalogueQueryException {

    private static final long serialVersionUID = 1L;

    /** What was missing; the REST adapter words the answer in the route's vocabulary. */
    public enum Entry { GAME, SET, CARD, VARIANT, SEALED_PRODUCT }

    private final Entry entry;

    public CatalogueEntryNotFoundException(Entry entry, Object key) {
        super(entry.name().toLowerCase(java.util.Locale.ROOT) + " not found: " + key);
        this.entry = entry;
    }

    public Entry entry() {
        return entry;
    }
}
