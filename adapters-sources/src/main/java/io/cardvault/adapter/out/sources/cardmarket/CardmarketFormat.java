package io.cardvault.adapter.out.sources.cardmarket;

import java.util.List;

/**
 * Cardmarket's download format as this adapter reads it: the one statement of its keys, which the
 * parser reads and the sandbox market writes, so the two cannot drift apart.
 */
public final class CardmarketFormat {

    /** Cardmarket's game id of Pokémon in the file names ({@code price_guide_6.json}). */
    public static final int POKEMON_GAME = 6;
    /** Cardmarket's category id of Pokémon singles in the product list. */
    public static final int POKEMON_SINGLES_CATEGORY = 51;
    /** Cardmarket's game id of Magic: The Gathering ({@code price_guide_1.json}). */
    public static final int MAGIC_GAME = 1;
    /** Cardmarket's category id of Magic singles in the product list. */
    public static final int MAGIC_SINGLES_CATEGORY = 1;
    /** The games an ingest reads unless configured otherwise: every game the catalogue imports with Cardmarket ids. */
    public static final String DEFAULT_GAMES = POKEMON_GAME + "," + MAGIC_GAME;

    /** When Cardmarket created the file: every quote of it is dated by it. */
    public static final String CREATED_AT = "createdAt";
    /** The price guide's row array. */
    public static final String GUIDE_ROWS = "priceGuides";
    /** The product list's row array. */
    public static final String PRODUCT_ROWS = "products";
    public static final String PRODUCT_ID = "idProduct";
    public static final String CATEGORY_ID = "idCategory";

    /** The guide's price keys; see {@code CardmarketParser} for the price type each becomes. */
    public static final String AVG = "avg";
    public static final String LOW = "low";
    public static final String TREND = "trend";
    public static final String AVG1 = "avg1";
    public static final String AVG7 = "avg7";
    public static final String AVG30 = "avg30";
    public static final List<String> PRICE_KEYS = List.of(AVG, LOW, TREND, AVG1, AVG7, AVG30);

    /** A price key with this suffix is the foil printing's: Pokémon's reverse holo. */
    public static final String REVERSE_HOLO_SUFFIX = "-holo";
    /** The same for Magic's foils. */
    public static final String FOIL_SUFFIX = "-foil";

    private CardmarketFormat() {
    }
}
