package io.cardvault.domain.catalogue;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids other catalogues and marketplaces give the same card or variant, so prices and
 * collections from them can be joined. Any may be absent ({@code null}).
 *
 * <p>Yu-Gi-Oh! has three: YGOPRODeck's id, Konami's card database id ({@code konamiId}) and the
 * 8-digit password printed on the card ({@code ygoPassword}, kept as text: its leading zeros are
 * printed). Disney Lorcana has Dreamborn's id ({@code "001-001"}) and Ravensburger's
 * ({@code "1/204 EN 1"}, one per language, so it sits on the language's variants; the card carries
 * its main language's).
 */
public record CrossReferences(Long cardmarketProductId,
                              Long tcgplayerProductId,
                              Long pricechartingId,
                              UUID mtgjsonUuid,
                              UUID scryfallId,
                              Long ygoprodeckId,
                              Long konamiId,
                              String ygoPassword,
                              String dreambornId,
                              String ravensburgerId) {

    static final int MAX_TEXT_ID = 32;
    private static final Pattern PASSWORD = Pattern.compile("\\d{1,10}");
    private static final CrossReferences NONE = new CrossReferences(null, null, null, null, null, null);

    public CrossReferences {
        requirePositive(cardmarketProductId, "cardmarket product id");
        requirePositive(tcgplayerProductId, "tcgplayer product id");
        requirePositive(pricechartingId, "pricecharting id");
        requirePositive(ygoprodeckId, "ygoprodeck id");
        requirePositive(konamiId, "konami id");
        ygoPassword = optionalText(ygoPassword, "yu-gi-oh! password");
        InvalidCatalogueDataException.require(ygoPassword == null || PASSWORD.matcher(ygoPassword).matches(),
                "a yu-gi-oh! password is digits: " + ygoPassword);
        dreambornId = optionalText(dreambornId, "dreamborn id");
        ravensburgerId = optionalText(ravensburgerId, "ravensburger id");
    }

    /** The ids of the games before Yu-Gi-Oh! and Lorcana came with their own. */
    public CrossReferences(Long cardmarketProductId, Long tcgplayerProductId, Long pricechartingId, UUID mtgjsonUuid,
                           UUID scryfallId, Long ygoprodeckId) {
        this(cardmarketProductId, tcgplayerProductId, pricechartingId, mtgjsonUuid, scryfallId, ygoprodeckId,
                null, null, null, null);
    }

    public static CrossReferences none() {
        return NONE;
    }

    public static CrossReferences marketplaces(Long cardmarketProductId, Long tcgplayerProductId) {
        return new CrossReferences(cardmarketProductId, tcgplayerProductId, null, null, null, null);
    }

    /** A Yu-Gi-Oh! card's ids: YGOPRODeck's, Konami's database id and its printed password. */
    public static CrossReferences yugioh(Long ygoprodeckId, Long konamiId, String password) {
        return new CrossReferences(null, null, null, null, null, ygoprodeckId, konamiId, password, null, null);
    }

    /** A Disney Lorcana card's ids: Dreamborn's and Ravensburger's. */
    public static CrossReferences lorcana(String dreambornId, String ravensburgerId) {
        return new CrossReferences(null, null, null, null, null, null, null, null, dreambornId, ravensburgerId);
    }

    /** The same ids without Cardmarket's (a product another print run owns). */
    public CrossReferences withoutCardmarket() {
        return new CrossReferences(null, tcgplayerProductId, pricechartingId, mtgjsonUuid, scryfallId, ygoprodeckId, konamiId,
                ygoPassword, dreambornId, ravensburgerId);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Fills the ids this one lacks from {@code other}; ids already known win. */
    public CrossReferences completedWith(CrossReferences other) {
        return new CrossReferences(
                first(cardmarketProductId, other.cardmarketProductId),
                first(tcgplayerProductId, other.tcgplayerProductId),
                first(pricechartingId, other.pricechartingId),
                first(mtgjsonUuid, other.mtgjsonUuid),
                first(scryfallId, other.scryfallId),
                first(ygoprodeckId, other.ygoprodeckId),
                first(konamiId, other.konamiId),
                first(ygoPassword, other.ygoPassword),
                first(dreambornId, other.dreambornId),
                first(ravensburgerId, other.ravensburgerId));
    }

    private static <T> T first(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }

    private static void requirePositive(Long id, String what) {
        InvalidCatalogueDataException.require(id == null || id > 0, what + " must be positive: " + id);
    }

    private static String optionalText(String id, String what) {
        return id == null ? null : InvalidCatalogueDataException.requireText(id, MAX_TEXT_ID, what);
    }
}
