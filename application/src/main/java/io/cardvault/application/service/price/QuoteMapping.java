package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PricedVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins an upstream file's quotes to catalogue variants and turns them into series points.
 *
 * <ul>
 *   <li>Cardmarket: the plain keys price the product's first variant that is not a reverse holo;
 *       the {@code *-holo} keys (sub type {@code holo}) price its reverse holo on Pokémon (Cardmarket's
 *       Pokémon guide lists reverse holos under them) and its first foil variant on other games
 *       ({@code *-foil}). A quote with no such variant is dropped.</li>
 *   <li>TCGplayer: {@code subTypeName} names the finish ("Normal", "Holofoil", "Reverse Holofoil",
 *       "Foil", "Foil Etched", "1st Edition Holofoil", "Unlimited Edition Rainbow Foil"…); the product's
 *       variant of that finish takes it (of that print run when the name says "1st Edition" or
 *       "Unlimited Edition", as Flesh and Blood's products cover both runs; a name that does not say
 *       "1st Edition" prefers another print run, as Base Set's Shadowless product also sells the 1st
 *       Edition), or the product's only variant when there is just one.</li>
 *   <li>PriceCharting: one row per card, joined by {@code tcg-id}: it prices that product's first
 *       variant that is not a reverse holo.</li>
 * </ul>
 */
final class QuoteMapping {

    private final Map<ProductRef.Market, Map<Long, List<PricedVariant>>> byProduct = new HashMap<>();
    private final Map<VariantId, PricedVariant> byVariant = new HashMap<>();

    QuoteMapping(List<PricedVariant> variants) {
        byProduct.put(ProductRef.Market.CARDMARKET, new HashMap<>());
        byProduct.put(ProductRef.Market.TCGPLAYER, new HashMap<>());
        List<PricedVariant> ordered = new ArrayList<>(variants);
        ordered.sort(Comparator.comparingLong(v -> v.variantId().value()));
        for (PricedVariant variant : ordered) {
            byVariant.put(variant.variantId(), variant);
            if (variant.cardmarketProductId() != null) {
                byProduct.get(ProductRef.Market.CARDMARKET)
                        .computeIfAbsent(variant.cardmarketProductId(), id -> new ArrayList<>()).add(variant);
            }
            if (variant.tcgplayerProductId() != null) {
                byProduct.get(ProductRef.Market.TCGPLAYER)
                        .computeIfAbsent(variant.tcgplayerProductId(), id -> new ArrayList<>()).add(variant);
            }
        }
    }

    PricedVariant variant(VariantId id) {
        return byVariant.get(id);
    }

    /** The points of {@code file} that join a variant and that {@code scope} keeps. */
    List<SeriesPoint> points(PriceFile file, IngestScope scope) {
        List<SeriesPoint> points = new ArrayList<>(file.quotes().size());
        for (UpstreamQuote quote : file.quotes()) {
            PricedVariant variant = target(file.source(), quote.product());
            if (variant == null || !scope.keeps(variant.variantId(), quote.type(), quote.grading())) {
                continue;
            }
            // a file holds one quote per series: nothing to share, and a map of millions of keys per file cost more than the records
            PriceSeries line = quote.grading() == null
                    ? PriceSeries.raw(variant.variantId(), file.source(), quote.type())
                    : PriceSeries.graded(variant.variantId(), file.source(), quote.grading());
            points.add(new SeriesPoint(line, variant.cardId(), file.asOf(), quote.amount()));
        }
        return points;
    }

    /** The variant a quote prices, or {@code null} when the catalogue has none for it. */
    PricedVariant target(PriceSource source, ProductRef product) {
        List<PricedVariant> candidates = byProduct.get(product.market()).get(product.id());
        if (candidates == null) {
            return null;
        }
        if (source == PriceSource.CARDMARKET) {
            if (product.subType().isEmpty()) {
                return firstNotReverse(candidates);
            }
            for (PricedVariant candidate : candidates) {
                boolean pokemon = "pokemon".equals(candidate.gameSlug());
                if (pokemon ? candidate.isReverse() : candidate.isFoil()) {
                    return candidate;
                }
            }
            return null;
        }
        if (product.subType().isEmpty()) {
            return firstNotReverse(candidates);
        }
        String finish = finishOf(product.subType());
        PrintRun run = printRunOf(product.subType());
        PricedVariant ofFinish = null;
        for (PricedVariant candidate : candidates) {
            if (candidate.finish().equals(finish)) {
                // a name without "1st Edition" is not the 1st Edition print when the product has another
                if (run == null ? candidate.printRun() != PrintRun.FIRST_EDITION : candidate.printRun() == run) {
                    return candidate;
                }
                ofFinish = ofFinish == null ? candidate : ofFinish;
            }
        }
        if (ofFinish != null) {
            return ofFinish;
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** The print run a TCGplayer sub type name states, if it states one. */
    static PrintRun printRunOf(String subTypeName) {
        String name = subTypeName.toLowerCase(Locale.ROOT);
        if (name.startsWith("1st edition")) {
            return PrintRun.FIRST_EDITION;
        }
        return name.startsWith("unlimited edition") ? PrintRun.UNLIMITED : null;
    }

    /** TCGplayer's sub type name as a catalogue finish code. */
    static String finishOf(String subTypeName) {
        String name = subTypeName.toLowerCase(Locale.ROOT);
        if (name.contains("reverse")) {
            return "reverse_holofoil";
        }
        if (name.contains("etched")) {
            return "etched";
        }
        if (name.contains("holo") || name.contains("foil")) {
            return "holofoil";
        }
        return "normal";
    }

    private static PricedVariant firstNotReverse(List<PricedVariant> candidates) {
        for (PricedVariant candidate : candidates) {
            if (!candidate.isReverse()) {
                return candidate;
            }
        }
        return null;
    }
}
