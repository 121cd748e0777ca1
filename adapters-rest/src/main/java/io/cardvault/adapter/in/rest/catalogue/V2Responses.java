package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.GameSets;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardImage;
import io.cardvault.domain.catalogue.CardImages;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.Region;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Data API v2 bodies, field for field as the contract prints them. A card's pictures are its
 * upstream addresses with their source ({@code tcgdex}, {@code scryfall}, {@code ygoprodeck}; the rule
 * is {@code CardImageSource}): {@code images} holds the large one, {@code thumbnail_url} the small
 * one; both are empty (an empty array, null) when no source addresses the card, and a variant's
 * {@code image_url} stays null (its card's pictures apply). A price region without rows is an empty
 * array (never null: "no data for that region").
 */
final class V2Responses {

    private V2Responses() {
    }

    /** {@code GET /api/v2/games}. */
    public record GamesResponse(List<GameItem> items) {
        static GamesResponse from(List<GameOverview> games) {
            return new GamesResponse(games.stream().map(GameItem::from).toList());
        }
    }

    public record GameItem(String slug, String name, boolean active, Long cards, Long sets) {
        static GameItem from(GameOverview game) {
            return new GameItem(game.slug(), game.name(), game.active(), game.cards(), game.sets());
        }
    }

    /** {@code GET /api/v2/games/{slug}}. */
    public record GameResponse(String slug, String name, boolean active, Long cards, Long sets, int page, int size,
                               long setsTotal, List<SetItem> setsList) {
        static GameResponse from(GameSets game, int page, int size) {
            GameOverview g = game.game();
            return new GameResponse(g.slug(), g.name(), g.active(), g.cards(), g.sets(), page, size,
                    game.sets().total(), game.sets().items().stream().map(SetItem::from).toList());
        }
    }

    public record SetItem(long id, String code, String name, String series, String releaseDate, Integer totalCards,
                          int cardCount, boolean isPromo, String language) {
        static SetItem from(SetOverview set) {
            return new SetItem(set.id(), set.code(), set.name(), set.series(), date(set.releaseDate()),
                    set.officialCount(), set.cardCount(), set.promo(), set.language());
        }
    }

    public record GameRef(String slug, String name) {
    }

    /** {@code GET /api/v2/sets/{set_id}}. */
    public record SetResponse(long id, String code, String name, String series, GameRef game, String releaseDate,
                              Integer totalCards, boolean isPromo, String language, int page, int size, long cardsTotal,
                              List<SetCardItem> cards) {
        static SetResponse from(SetCards page, int pageNumber, int size) {
            SetOverview set = page.set();
            return new SetResponse(set.id(), set.code(), set.name(), set.series(), new GameRef(set.gameSlug(), set.gameName()),
                    date(set.releaseDate()), set.officialCount(), set.promo(), set.language(), pageNumber, size,
                    set.cardCount(), page.cards().stream().map(SetCardItem::from).toList());
        }
    }

    public record SetCardItem(long id, String name, String collectorNumber, String rarity, String cardType,
                              String thumbnailUrl) {
        static SetCardItem from(CardOverview card) {
            return new SetCardItem(card.id(), card.name(), card.collectorNumber(), card.rarity(), card.category(),
                    card.thumbnailUrl().orElse(null));
        }
    }

    /** {@code GET /api/v2/cards}. */
    public record ResolvedCardsResponse(List<ResolvedCard> items) {
        static ResolvedCardsResponse from(List<CardOverview> cards) {
            return new ResolvedCardsResponse(cards.stream().map(ResolvedCard::from).toList());
        }
    }

    public record ResolvedCard(long id, String name, String collectorNumber, String rarity, String cardType, long setId,
                               String thumbnailUrl) {
        static ResolvedCard from(CardOverview card) {
            return new ResolvedCard(card.id(), card.name(), card.collectorNumber(), card.rarity(), card.category(),
                    card.setId(), card.thumbnailUrl().orElse(null));
        }
    }

    public record SetRef(long id, String code, String name) {
    }

    /**
     * The spec's six ids, then the Yu-Gi-Oh! and Lorcana ids it names no field for, in its snake_case style:
     * {@code konami_id}, {@code ygo_password} (text, printed with leading zeros), {@code dreamborn_id},
     * {@code ravensburger_id}.
     */
    public record CrossRefs(Long cardmarketProductId, Long tcgplayerProductId, Long pricechartingId, String mtgjsonUuid,
                            String scryfallId, Long ygoprodeckId, Long konamiId, String ygoPassword, String dreambornId,
                            String ravensburgerId) {
        static CrossRefs from(CrossReferences ids) {
            return new CrossRefs(ids.cardmarketProductId(), ids.tcgplayerProductId(), ids.pricechartingId(),
                    ids.mtgjsonUuid() == null ? null : ids.mtgjsonUuid().toString(),
                    ids.scryfallId() == null ? null : ids.scryfallId().toString(), ids.ygoprodeckId(),
                    ids.konamiId(), ids.ygoPassword(), ids.dreambornId(), ids.ravensburgerId());
        }
    }

    /**
     * A variant's latest prices: raw rows by region (eu, us; a region with no rows is an empty array),
     * graded rows apart with their company and grade. Sorted by source, then price type or company
     * and grade. Raw rows of other regions (jp, global) have no array in the contract and are left out.
     */
    public record Prices(List<RawPrice> eu, List<RawPrice> us, List<GradedPrice> graded) {
        static final Prices NONE = new Prices(List.of(), List.of(), List.of());

        static Prices from(List<PricePoint> latest) {
            List<PricePoint> sorted = latest.stream().sorted(V2Responses::byDisplayOrder).toList();
            return new Prices(raw(sorted, Region.EU), raw(sorted, Region.US), sorted.stream()
                    .filter(point -> point.series().isGraded()).map(GradedPrice::from).toList());
        }

        private static List<RawPrice> raw(List<PricePoint> points, Region region) {
            return points.stream().filter(point -> !point.series().isGraded() && point.series().region() == region)
                    .map(RawPrice::from).toList();
        }
    }

    /** {@code sandbox}: the row came from the sandbox market (made-up demo prices), never a real upstream. */
    public record RawPrice(String source, String priceType, String currency, BigDecimal amount, String asOf,
                           boolean sandbox) {
        static RawPrice from(PricePoint point) {
            return new RawPrice(point.series().source().code(), point.series().type().code(),
                    point.amount().currency().getCurrencyCode(), point.amount().amount(), point.asOf().toString(),
                    point.sandbox());
        }
    }

    public record GradedPrice(String source, String gradingCompany, String grade, String currency, BigDecimal amount,
                              String asOf, boolean sandbox) {
        static GradedPrice from(PricePoint point) {
            Grading grading = point.series().grading();
            return new GradedPrice(point.series().source().code(), grading.company().code(), grading.grade(),
                    point.amount().currency().getCurrencyCode(), point.amount().amount(), point.asOf().toString(),
                    point.sandbox());
        }
    }

    /** Source, then type (raw) or company and numeric grade (graded; a bucket like pc17 after the numbers). */
    static int byDisplayOrder(PricePoint a, PricePoint b) {
        int bySource = a.series().source().code().compareTo(b.series().source().code());
        if (bySource != 0) {
            return bySource;
        }
        Grading ga = a.series().grading();
        Grading gb = b.series().grading();
        if (ga == null || gb == null) {
            return ga == gb ? a.series().type().code().compareTo(b.series().type().code()) : ga == null ? -1 : 1;
        }
        int byCompany = ga.company().code().compareTo(gb.company().code());
        return byCompany != 0 ? byCompany : Double.compare(gradeRank(ga), gradeRank(gb));
    }

    private static double gradeRank(Grading grading) {
        return grading.isUnknownBucket() ? 100 + Double.parseDouble(grading.grade().replaceAll("\\D", "0"))
                : Double.parseDouble(grading.grade());
    }

    /** {@code GET /api/v2/cards/{card_id}/history}. */
    public record HistoryResponse(List<HistoryPoint> points) {
        static HistoryResponse from(List<PricePoint> points) {
            return new HistoryResponse(points.stream().map(point -> new HistoryPoint(point.asOf().toString(),
                    point.amount().amount(), point.series().source().code(), point.series().type().code())).toList());
        }
    }

    public record HistoryPoint(String date, BigDecimal amount, String source, String priceType) {
    }

    /**
     * {@code prices_note}: null while a marketplace id lets sources price the variant; else the plain
     * statement that none does (its {@code prices} arrays are then empty, never zeros).
     */
    public record VariantItem(long id, String finish, String variantLabel, String foilPattern, List<String> stamps,
                              String size, String printRarity, Boolean isEx, Boolean isV, String imageUrl,
                              Boolean imageIsFallback, CrossRefs crossRefs, Prices prices, String pricesNote) {
        static final String NO_MARKETPLACE_ID = "No marketplace id (Cardmarket, TCGplayer, PriceCharting) is known for this "
                + "card, so no price source quotes it.";

        static VariantItem from(VariantDetails variant, PricedCard priced) {
            return new VariantItem(variant.id(), variant.finish(), variant.label(), variant.foilPattern(), variant.stamps(),
                    variant.size(), null, null, null, null, null, CrossRefs.from(variant.crossReferences()),
                    Prices.from(priced.latestOf(variant.id())),
                    priced.card().isPriceable(variant) ? null : NO_MARKETPLACE_ID);
        }
    }

    public record PrintingItem(long id, String language, String printRun, String collectorNumber, boolean isPromo,
                               List<VariantItem> variants) {
        static PrintingItem from(PrintingDetails printing, PricedCard priced) {
            CardDetails card = priced.card();
            return new PrintingItem(printing.id(), printing.language(), printing.printRun(), card.card().collectorNumber(),
                    card.set().promo(), printing.variants().stream().map(variant -> VariantItem.from(variant, priced)).toList());
        }
    }

    /** {@code GET /api/v2/cards/{card_id}}. */
    public record CardResponse(long id, String name, String collectorNumber, String rarity, String cardType, GameRef game,
                               SetRef set, CrossRefs crossRefs, List<ImageItem> images, String thumbnailUrl,
                               List<PrintingItem> printings) {
        static CardResponse from(PricedCard priced) {
            CardDetails card = priced.card();
            CardOverview c = card.card();
            SetOverview set = card.set();
            return new CardResponse(c.id(), c.name(), c.collectorNumber(), c.rarity(), c.category(),
                    new GameRef(set.gameSlug(), set.gameName()), new SetRef(set.id(), set.code(), set.name()),
                    CrossRefs.from(card.crossReferences()), c.images().map(ImageItem::gallery).orElse(List.of()),
                    c.thumbnailUrl().orElse(null),
                    card.printings().stream().map(printing -> PrintingItem.from(printing, priced)).toList());
        }
    }

    /**
     * One picture of the card gallery as the contract prints it: {@code source} labels who serves it,
     * width and height are the upstream's nominal size, {@code is_placeholder} is false (a page draws
     * its own placeholder when the address does not load).
     */
    public record ImageItem(String url, String source, int width, int height, String format, boolean isPlaceholder) {
        static List<ImageItem> gallery(CardImages images) {
            CardImage full = images.full();
            return List.of(new ImageItem(full.url(), full.source(), full.width(), full.height(), full.format(), false));
        }
    }

    static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
