package io.cardvault.adapter.in.web;

import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSearchHit;
import java.util.Locale;
import java.util.Map;

/**
 * A card in a grid: its picture at the upstream address when a source addresses one, over a drawn
 * tile (name, set and number on a colour derived from the name: the same card always gets the same
 * colour) that is the placeholder whenever the picture is missing or cannot load.
 */
public final class CardTile {

    private final long id;
    private final String name;
    private final String number;
    private final String rarity;
    private final String setName;
    private final String href;
    private final int hue;
    private String bestPrice = "";
    private CardPicture picture;

    /** Energy types read as their colour; other cards get a colour derived from the name. */
    private static final Map<String, Integer> TYPE_HUES = Map.ofEntries(
            Map.entry("fire", 8), Map.entry("water", 205), Map.entry("grass", 115),
            Map.entry("lightning", 45), Map.entry("psychic", 285), Map.entry("fighting", 25),
            Map.entry("darkness", 240), Map.entry("metal", 195), Map.entry("dragon", 38),
            Map.entry("fairy", 330), Map.entry("colorless", 30));

    CardTile(long id, String name, String number, String rarity, String setName, String base) {
        this(id, name, number, rarity, setName, base, null);
    }

    CardTile(long id, String name, String number, String rarity, String setName, String base, String types) {
        this.id = id;
        this.name = name;
        this.number = number;
        this.rarity = rarity == null ? "" : rarity;
        this.setName = setName == null ? "" : setName;
        this.href = base + "/cards/" + id;
        this.hue = hueOf(name, types);
    }

    static int hueOf(String name, String types) {
        if (types != null && !types.isBlank()) {
            Integer typed = TYPE_HUES.get(types.split("[,;| ]+")[0].strip().toLowerCase(Locale.ROOT));
            if (typed != null) {
                return typed;
            }
        }
        return Math.floorMod(name.hashCode() * 31, 360);
    }

    static CardTile of(CardOverview card, String base) {
        CardTile tile = new CardTile(card.id(), card.name(), card.collectorNumber() == null ? card.localId() : card.collectorNumber(),
                card.rarity(), card.setName(), base, card.types());
        tile.picture = CardPicture.thumbnail(card.images());
        return tile;
    }

    /** A card read whole (a page's one card), named with its set's name from the set itself. */
    static CardTile of(CardDetails card, String base) {
        CardOverview overview = card.card();
        CardTile tile = new CardTile(card.id(), overview.name(), overview.collectorNumber() == null ? overview.localId()
                : overview.collectorNumber(), overview.rarity(), card.set().name(), base, overview.types());
        tile.picture = CardPicture.thumbnail(overview.images());
        return tile;
    }

    /** A search hit, with its best price when prices are tracked for the card. */
    static CardTile of(CardSearchHit hit, String base, Locale locale) {
        CardTile tile = new CardTile(hit.id().value(), hit.name(), hit.number(), hit.rarity(), hit.setName(), base);
        tile.bestPrice = hit.bestPrice() == null ? "" : MarketRow.money(hit.bestPrice().amount(), hit.bestPrice().currency(), locale);
        tile.picture = CardPicture.thumbnail(hit.image());
        return tile;
    }

    /** The card's small picture, null when no source addresses one (the tile alone is shown). */
    public CardPicture getPicture() {
        return picture;
    }

    /** The best price of a search hit, empty for other tiles and unpriced cards. */
    public String getBestPrice() {
        return bestPrice;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public String getRarity() {
        return rarity;
    }

    public String getSetName() {
        return setName;
    }

    public String getHref() {
        return href;
    }

    /** A hue (0–359) for the tile's art: the card's energy type, else stable per name. */
    public int getHue() {
        return hue;
    }
}
