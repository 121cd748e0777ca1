package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.CardPriceIntelligence;
import io.cardvault.application.port.in.analytics.GetCardPriceIntelligenceUseCase;
import io.cardvault.application.port.in.analytics.PriceIntelligenceQuery;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.VariantSelection;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.ConfidenceWeightedPrice;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.SourceMedian;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One EUR price per card × condition × language × foil × printing: each source's median of the
 * last 30 days of the matching variant (raw), converted to EUR, then {@link ConfidenceWeightedPrice}.
 * The sources publish near-mint values only, so other conditions get no price and a note saying so.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetCardPriceIntelligenceService implements GetCardPriceIntelligenceUseCase {

    private final LoadMarketAnalyticsPort market;
    private final ExchangeRatesStorePort rates;
    private final CardAnalyticsCachePort cache;
    private final AnalyticsPolicy policy;
    private final Clock clock;

    @Inject
    public GetCardPriceIntelligenceService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates,
                                           CardAnalyticsCachePort cache, AnalyticsPolicy policy) {
        this(market, rates, cache, policy, Clock.systemUTC());
    }

    public GetCardPriceIntelligenceService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates,
                                           CardAnalyticsCachePort cache, AnalyticsPolicy policy, Clock clock) {
        this.market = market;
        this.rates = rates;
        this.cache = cache;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetCardPriceIntelligenceService() {
        this(null, null, null, null, null);
    }

    @Override
    public CardPriceIntelligence intelligence(PriceIntelligenceQuery query) {
        CardId cardId = query.cardId();
        String key = "intelligence|" + query.foilStatus() + "|" + query.condition() + "|" + query.language() + "|" + query.printing();
        return CardPayloads.cached(cache, policy, market, cardId, key, CardPriceIntelligence.class, card -> compute(query));
    }

    private CardPriceIntelligence compute(PriceIntelligenceQuery query) {
        List<String> notes = new ArrayList<>();
        if (!"NM".equals(query.condition())) {
            notes.add("No source publishes " + query.condition() + " prices; every source's value is near mint.");
            return new CardPriceIntelligence(query.cardId(), null, List.of(), notes);
        }
        Optional<ResolvedScope> variant = market.select(query.cardId(),
                new VariantSelection(catalogueLanguage(query.language()), query.printing(), finishes(query.foilStatus())));
        if (variant.isEmpty()) {
            notes.add("The card has no " + query.language() + " " + query.printing() + " " + query.foilStatus() + " variant.");
            return new CardPriceIntelligence(query.cardId(), null, List.of(), notes);
        }
        LocalDate from = LocalDate.now(clock).minusDays(CardAnalysis.RECENT_DAYS - 1L);
        List<SourceMedian> native30d = CardAnalysis.recentQuotes(
                market.histories(query.cardId(), variant.get().variantId(), Optional.empty(), from), from);
        Optional<EuroReferenceRates> fx = rates.latest();
        List<SourceMedian> inEuro = new ArrayList<>();
        for (SourceMedian quote : native30d) {
            Optional<java.math.BigDecimal> eur = EuroReferenceRates.EUR.equals(quote.currency()) ? Optional.of(quote.median().amount())
                    : fx.flatMap(known -> known.convert(quote.median().amount(), quote.currency(), EuroReferenceRates.EUR));
            eur.ifPresentOrElse(amount -> inEuro.add(new SourceMedian(quote.source(), new Money(EuroReferenceRates.EUR, amount),
                            quote.sampleSize())),
                    () -> notes.add(quote.source().code() + " left out: no reference rate for " + quote.currency()));
        }
        if (inEuro.isEmpty() && notes.isEmpty()) {
            notes.add("No source priced this variant in the last 30 days.");
        }
        List<CardPriceIntelligence.SourceBreakdown> breakdown = inEuro.stream()
                .sorted(Comparator.comparing((SourceMedian quote) -> quote.source().code()))
                .map(quote -> new CardPriceIntelligence.SourceBreakdown(quote.source().code(),
                        quote.median().amount().setScale(2, RoundingMode.HALF_UP), quote.sampleSize()))
                .toList();
        return new CardPriceIntelligence(query.cardId(), ConfidenceWeightedPrice.of(inEuro).orElse(null), breakdown, notes);
    }

    /** The API says {@code jp} where the catalogue (ISO 639-1) says {@code ja}. */
    static String catalogueLanguage(String language) {
        return "jp".equals(language) ? "ja" : language;
    }

    /** The catalogue finishes a foil status covers (foil: holo first, then reverse holo). */
    static List<String> finishes(String foilStatus) {
        return switch (foilStatus) {
            case "foil" -> List.of("holofoil", "reverse_holofoil");
            case "etched" -> List.of("etched");
            default -> List.of("normal");
        };
    }

}
