package io.cardvault.adapter.out.sources.tcgcsv;

import java.time.LocalDate;

/**
 * tcgcsv's file format as this adapter reads it: the one statement of its field names and archive
 * layout, which the parser reads and the sandbox market writes, so the two cannot drift apart.
 */
public final class TcgcsvFormat {

    /** TCGplayer's category id of Pokémon. */
    public static final long POKEMON_CATEGORY = 3;
    /** TCGplayer's category id of Magic: The Gathering. */
    public static final long MAGIC_CATEGORY = 1;
    /** TCGplayer's category id of Flesh and Blood. */
    public static final long FLESH_AND_BLOOD_CATEGORY = 62;
    /** The categories an ingest walks unless configured otherwise: every game the catalogue imports with TCGplayer ids. */
    public static final String DEFAULT_CATEGORIES = POKEMON_CATEGORY + "," + MAGIC_CATEGORY + "," + FLESH_AND_BLOOD_CATEGORY;

    /** Every file is {@code {"success": …, "errors": […], "results": […]}}. */
    public static final String SUCCESS = "success";
    public static final String ERRORS = "errors";
    public static final String RESULTS = "results";

    public static final String CATEGORY_ID = "categoryId";
    public static final String GROUP_ID = "groupId";
    public static final String PRODUCT_ID = "productId";
    public static final String NAME = "name";
    /** The printing a price row is of ({@code Normal}, {@code Holofoil}, {@code Reverse Holofoil}). */
    public static final String SUB_TYPE_NAME = "subTypeName";

    public static final String LOW_PRICE = "lowPrice";
    public static final String MID_PRICE = "midPrice";
    public static final String HIGH_PRICE = "highPrice";
    public static final String MARKET_PRICE = "marketPrice";
    public static final String DIRECT_LOW_PRICE = "directLowPrice";

    /** The last name of a group's prices file, in the API and in the daily archive. */
    public static final String PRICES = "prices";

    private TcgcsvFormat() {
    }

    /** A group's prices in the daily archive: {@code <date>/<category>/<group>/prices}. */
    public static String archiveEntry(LocalDate day, long category, long group) {
        return day + "/" + category + "/" + group + "/" + PRICES;
    }
}
