package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.rest.price.LegacyPriceRows;
import io.cardvault.application.port.in.price.GetSealedPriceHistoryUseCase;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The legacy catalogue bodies. Lists are {@code {"items","total","limit","offset"}}. No logos or
 * descriptions are stored: those fields are null; a card's {@code image_url} is its large picture's
 * upstream address (null when no source addresses it) and {@code local_image_url} null (nothing is
 * hosted here); prices are an empty array until price points exist.
 */
final class LegacyResponses {

    private LegacyResponses() {
    }

    public record Page<T>(List<T> items, long total, int limit, long offset) {
        static <S, T> Page<T> from(Slice<S> slice, Function<S, T> mapper, int limit, long offset) {
            return new Page<>(slice.items().stream().map(mapper).toList(), slice.total(), limit, offset);
        }
    }

    public record TcgList(List<Tcg> items) {
    }

    public record Tcg(int id, String slug, String name, String publisher, String logoUrl, String websiteUrl,
                      String description, String createdAt) {
        static Tcg from(GameOverview game) {
            return new Tcg(game.id(), game.slug(), game.name(), game.publisher(), null, game.websiteUrl(), null,
                    instant(game.createdAt()));
        }
    }

    public record SetItem(long id, int tcgId, String name, String code, String releaseDate, int totalCards,
                          String logoUrl) {
        static SetItem from(SetOverview set) {
            return new SetItem(set.id(), set.gameId(), set.name(), set.code(), date(set.releaseDate()),
                    set.officialCount() != null ? set.officialCount() : set.cardCount(), null);
        }
    }

    public record Attributes(String category, Integer hp, List<String> types, String stage, String evolvesFrom,
                             String illustrator, String collectorNumber) {
        static Attributes from(CardOverview card) {
            return new Attributes(card.category(), card.hp(),
                    card.types() == null ? List.of() : Arrays.asList(card.types().split(",")),
                    card.stage(), card.evolvesFrom(), card.illustrator(), card.collectorNumber());
        }
    }

    public record CardItem(long id, long cardSetId, String name, String number, String rarity, String cardType,
                           String imageUrl, String localImageUrl, Attributes attributes) {
        static CardItem from(CardOverview card) {
            return new CardItem(card.id(), card.setId(), card.name(), card.localId(), card.rarity(), card.category(),
                    card.imageUrl().orElse(null), null, Attributes.from(card));
        }
    }

    /**
     * Detail: the list fields, the set and game it belongs to, and its prices (one row per source and
     * variant; compare shows none, it reads no prices).
     */
    public record CardDetail(long id, long cardSetId, String name, String number, String rarity, String cardType,
                             String imageUrl, String localImageUrl, Attributes attributes, String tcgSlug,
                             String setName, String setCode, List<LegacyPriceRows.DetailPrice> prices) {
        static CardDetail from(CardDetails details) {
            return from(details, List.of());
        }

        static CardDetail from(PricedCard priced) {
            return from(priced.card(), LegacyPriceRows.detailPrices(priced));
        }

        private static CardDetail from(CardDetails details, List<LegacyPriceRows.DetailPrice> prices) {
            CardOverview card = details.card();
            return new CardDetail(card.id(), card.setId(), card.name(), card.localId(), card.rarity(), card.category(),
                    card.imageUrl().orElse(null), null, Attributes.from(card), card.gameSlug(), card.setName(), card.setCode(),
                    prices);
        }
    }

    /** {@code GET /{tcg_slug}/sealed/{id}/history}: the product's daily market values per source. */
    public record SealedHistoryResponse(long sealedProductId, String name, int days, List<SealedPoint> snapshots) {
        static SealedHistoryResponse from(GetSealedPriceHistoryUseCase.SealedHistory history, int days) {
            return new SealedHistoryResponse(history.product().id(), history.product().name(), days,
                    history.snapshots().stream().map(s -> new SealedPoint(s.day().toString(), s.source().code(),
                            s.marketPrice().amount(), s.marketPrice().currency().getCurrencyCode())).toList());
        }
    }

    public record SealedPoint(String date, String source, java.math.BigDecimal marketPrice, String currency) {
    }

    public record CompareResponse(List<CardDetail> items, List<Long> notFound) {
    }

    public record RecentCard(long id, long cardSetId, String name, String number, String rarity, String cardType,
                             String imageUrl, String tcgSlug, String setName, String setCode, String releaseDate) {
        static RecentCard from(CardOverview card) {
            return new RecentCard(card.id(), card.setId(), card.name(), card.localId(), card.rarity(), card.category(),
                    card.imageUrl().orElse(null), card.gameSlug(), card.setName(), card.setCode(), date(card.setReleaseDate()));
        }
    }

    public record RecentResponse(List<RecentCard> items, long total, int limit, String since) {
    }

    public record EvolutionStageItem(String stage, String name, long cardId) {
    }

    public record EvolutionResponse(long cardId, List<EvolutionStageItem> chain) {
    }

    public record BuyLinksResponse(long cardId, String variant, String cardmarketUrl, String tcgplayerUrl, String ebayUrl) {
    }

    public record SealedItem(long id, String tcgSlug, Long setId, String name, String productType, String releaseDate,
                             String createdAt) {
        static SealedItem from(SealedProduct product) {
            return new SealedItem(product.id(), product.gameSlug(), product.setId(), product.name(), product.productType(),
                    date(product.releaseDate()), instant(product.createdAt()));
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code 2024-09-12T10:00:00Z}, as the contract prints it. */
    static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
