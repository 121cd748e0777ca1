package io.cardvault.adapter.out.persistence.search;

/** The index's field names, in one place for the writer and the query. */
final class CardFields {

    /** Card id: stored, and doc values for the tie-break order. */
    static final String ID = "id";
    /** Length of the shown name: among equal scores the shorter name first. */
    static final String NAME_LENGTH = "name_length";
    /** Names in every language, analysed (folded, bigrams). */
    static final String NAME = "name";
    /** Each name as one folded key: exact and whole-name prefix matches. */
    static final String NAME_KEY = "name_key";
    /** Trigrams of each folded name: candidates for a substring match. */
    static final String NAME_GRAMS = "name_grams";
    /**
     * Binary doc values: each folded name, one per line, to confirm a substring candidate (read in
     * place, where a stored field would decompress a block of documents per candidate).
     */
    static final String NAME_FOLDED = "name_folded";
    /** Collector number and local id as keys, with and without leading zeros. */
    static final String NUMBER = "number";
    /** The set's names in every language, analysed. */
    static final String SET_NAME = "set_name";
    /** The set code, lowercase, one term. */
    static final String SET_CODE = "set_code";
    /** The card's set's printed language ("en", "ja", "zh-tw"), one term: equal matches in the reader's language first. */
    static final String LANGUAGE = "language";
    /** Filters. */
    static final String GAME = "game";
    static final String SET_ID = "set_id";
    static final String RARITY_KEY = "rarity_key";
    static final String PRICE_CENTS = "price_cents";
    /** Stored only: what a hit shows. */
    static final String SHOWN_NAME = "shown_name";
    static final String LOCAL_ID = "local_id";
    static final String RARITY = "rarity";
    static final String CATEGORY = "category";
    static final String SHOWN_SET_NAME = "shown_set_name";
    static final String SHOWN_SET_CODE = "shown_set_code";
    static final String SHOWN_PRICE_CENTS = "shown_price_cents";
    static final String SHOWN_CHANGE_7D = "shown_change_7d";
    /** The facts a hit's picture address derives from, one stored text; absent when no source addresses one. */
    static final String SHOWN_IMAGE_FACTS = "shown_image_facts";
    /**
     * Doc values of the resolver's order (oldest set first, undated sets last, then set id and the
     * number's numeric part, no number first): the index is sorted by them, then by {@link #ID}.
     */
    static final String RELEASE_DAY = "release_day";
    static final String SET_ORDER = "set_order";
    static final String NUMBER_ORDER = "number_order";
    /** Doc values: the card's place in the resolver's whole order as the database sorts it; after {@link #NUMBER_ORDER}. */
    static final String RESOLVER_RANK = "resolver_rank";
    /** Binary doc values: the card's whole overview ({@link StoredOverview}), what the resolver answers. */
    static final String OVERVIEW = "overview";

    private CardFields() {
    }
}
