package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.GameSets;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.VariantDetails;
import java.util.List;

/**
 * The Data API v2 bodies, field for field as the contract prints them. Images and prices are not
 * stored yet: {@code thumbnail_url} and {@code image_url} are null, {@code images} and every price
 * region an empty array (never null: "no data for that region").
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
            return new SetCardItem(card.id(), card.name(), card.collectorNumber(), card.rarity(), card.category(), null);
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
                    card.setId(), null);
        }
    }

    public record SetRef(long id, String code, String name) {
    }

    public record CrossRefs(Long cardmarketProductId, Long tcgplayerProductId, Long pricechartingId, String mtgjsonUuid,
                            String scryfallId, Long ygoprodeckId) {
        static CrossRefs from(CrossReferences ids) {
            return new CrossRefs(ids.cardmarketProductId(), ids.tcgplayerProductId(), ids.pricechartingId(),
                    ids.mtgjsonUuid() == null ? null : ids.mtgjsonUuid().toString(),
                    ids.scryfallId() == null ? null : ids.scryfallId().toString(), ids.ygoprodeckId());
        }
    }

    /** Price points are not stored yet; each region is an empty array until they are. */
    public record Prices(List<Object> eu, List<Object> us, List<Object> graded) {
        static final Prices NONE = new Prices(List.of(), List.of(), List.of());
    }

    public record VariantItem(long id, String finish, String variantLabel, String foilPattern, List<String> stamps,
                              String size, String printRarity, Boolean isEx, Boolean isV, String imageUrl,
                              Boolean imageIsFallback, CrossRefs crossRefs, Prices prices) {
        static VariantItem from(VariantDetails variant) {
            return new VariantItem(variant.id(), variant.finish(), variant.label(), variant.foilPattern(), variant.stamps(),
                    variant.size(), null, null, null, null, null, CrossRefs.from(variant.crossReferences()), Prices.NONE);
        }
    }

    public record PrintingItem(long id, String language, String printRun, String collectorNumber, boolean isPromo,
                               List<VariantItem> variants) {
        static PrintingItem from(PrintingDetails printing, CardDetails card) {
            return new PrintingItem(printing.id(), printing.language(), printing.printRun(), card.card().collectorNumber(),
                    card.set().promo(), printing.variants().stream().map(VariantItem::from).toList());
        }
    }

    /** {@code GET /api/v2/cards/{card_id}}. */
    public record CardResponse(long id, String name, String collectorNumber, String rarity, String cardType, GameRef game,
                               SetRef set, CrossRefs crossRefs, List<Object> images, String thumbnailUrl,
                               List<PrintingItem> printings) {
        static CardResponse from(CardDetails card) {
            CardOverview c = card.card();
            SetOverview set = card.set();
            return new CardResponse(c.id(), c.name(), c.collectorNumber(), c.rarity(), c.category(),
                    new GameRef(set.gameSlug(), set.gameName()), new SetRef(set.id(), set.code(), set.name()),
                    CrossRefs.from(card.crossReferences()), List.of(), null,
                    card.printings().stream().map(printing -> PrintingItem.from(printing, card)).toList());
        }
    }

    static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
