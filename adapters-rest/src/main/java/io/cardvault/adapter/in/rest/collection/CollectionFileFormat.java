package io.cardvault.adapter.in.rest.collection;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The export formats an import recognises, each by columns only it writes. The header is tested
 * against them in this order and the first that fits names the file:
 * <ol>
 *   <li>{@code cardvault}: a {@code card_id} column (the spec's export);</li>
 *   <li>{@code cardmarket}: {@code idProduct} with {@code English Name} or {@code Amount};</li>
 *   <li>{@code collectr}: {@code Portfolio Name}, {@code Average Cost Paid}, or {@code Product Name}
 *       with {@code Card Condition};</li>
 *   <li>{@code tcgplayer}: {@code Simple Name}, or {@code Product ID} with {@code Printing};</li>
 *   <li>{@code generic}: a quantity, a set, and a name or a collector number.</li>
 * </ol>
 */
enum CollectionFileFormat {
    CARDVAULT("cardvault", "CardVault export", header -> header.hasAll("cardid"), new CardVaultRows()),
    CARDMARKET("cardmarket", "Cardmarket stock export",
            header -> header.hasAll("idproduct") && header.hasAny("englishname", "amount"), new CardmarketStockRows()),
    COLLECTR("collectr", "Collectr export",
            header -> header.hasAny("portfolioname", "averagecostpaid") || header.hasAll("productname", "cardcondition"),
            new CollectrRows()),
    TCGPLAYER("tcgplayer", "TCGplayer app collection export",
            header -> header.hasAll("simplename") || header.hasAll("productid", "printing"), new TcgplayerAppRows()),
    GENERIC("generic", "name, set, number, quantity, condition", GenericRows::fits, new GenericRows());

    private final String code;
    private final String label;
    private final Predicate<Header> fits;
    private final FormatRows rows;

    CollectionFileFormat(String code, String label, Predicate<Header> fits, FormatRows rows) {
        this.code = code;
        this.label = label;
        this.fits = fits;
        this.rows = rows;
    }

    /** The name the import answer gives the format ({@code tcgplayer}). */
    String code() {
        return code;
    }

    /** The format as a collector knows it, for messages. */
    String label() {
        return label;
    }

    FormatRows rows() {
        return rows;
    }

    static Optional<CollectionFileFormat> detect(Header header) {
        return Arrays.stream(values()).filter(format -> format.fits.test(header)).findFirst();
    }
}
