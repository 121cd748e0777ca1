package io.cardvault.adapter.out.sources.pricecharting;

import java.util.List;

/**
 * PriceCharting's price-guide CSV as this adapter reads it: the one statement of its column names
 * (the 27-column download), which the parser reads by name and the sandbox market writes, so the
 * two cannot drift apart. What each price column means for cards is {@code PriceChartingParser}'s.
 */
public final class PriceChartingFormat {

    /** The category of Pokémon cards in the download's query. */
    public static final String POKEMON_CATEGORY = "pokemon-cards";

    public static final String ID = "id";
    public static final String CONSOLE_NAME = "console-name";
    public static final String PRODUCT_NAME = "product-name";
    public static final String LOOSE = "loose-price";
    public static final String CIB = "cib-price";
    public static final String NEW = "new-price";
    public static final String GRADED = "graded-price";
    public static final String BOX_ONLY = "box-only-price";
    public static final String MANUAL_ONLY = "manual-only-price";
    public static final String BGS_10 = "bgs-10-price";
    public static final String CONDITION_17 = "condition-17-price";
    public static final String CONDITION_18 = "condition-18-price";
    public static final String GAMESTOP = "gamestop-price";
    public static final String GAMESTOP_TRADE = "gamestop-trade-price";
    public static final String RETAIL_LOOSE_BUY = "retail-loose-buy";
    public static final String RETAIL_LOOSE_SELL = "retail-loose-sell";
    public static final String RETAIL_CIB_BUY = "retail-cib-buy";
    public static final String RETAIL_CIB_SELL = "retail-cib-sell";
    public static final String RETAIL_NEW_BUY = "retail-new-buy";
    public static final String RETAIL_NEW_SELL = "retail-new-sell";
    public static final String UPC = "upc";
    public static final String SALES_VOLUME = "sales-volume";
    public static final String GENRE = "genre";
    /** TCGplayer's product id: the column rows join the catalogue through. */
    public static final String TCG_ID = "tcg-id";
    public static final String ASIN = "asin";
    public static final String EPID = "epid";
    public static final String RELEASE_DATE = "release-date";

    /** The download's header, in its order. */
    public static final List<String> HEADER = List.of(ID, CONSOLE_NAME, PRODUCT_NAME, LOOSE, CIB, NEW, GRADED, BOX_ONLY,
            MANUAL_ONLY, BGS_10, CONDITION_17, CONDITION_18, GAMESTOP, GAMESTOP_TRADE, RETAIL_LOOSE_BUY, RETAIL_LOOSE_SELL,
            RETAIL_CIB_BUY, RETAIL_CIB_SELL, RETAIL_NEW_BUY, RETAIL_NEW_SELL, UPC, SALES_VOLUME, GENRE, TCG_ID, ASIN, EPID,
            RELEASE_DATE);

    private PriceChartingFormat() {
    }
}
