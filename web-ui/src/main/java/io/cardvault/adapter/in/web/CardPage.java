package io.cardvault.adapter.in.web;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.catalogue.BuyLinks;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.EvolutionStage;
import io.cardvault.application.port.in.catalogue.GetBuyLinksUseCase;
import io.cardvault.application.port.in.catalogue.GetEvolutionChainUseCase;
import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.GetStashScoreUseCase;
import io.cardvault.application.port.in.analytics.GetTrendSummaryUseCase;
import io.cardvault.application.port.in.analytics.PredictCardPriceUseCase;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.in.price.GetPriceChartUseCase;
import io.cardvault.application.port.in.price.GetPricedCardUseCase;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.BuySellSpread;
import io.cardvault.domain.analytics.MarketVerdict;
import io.cardvault.domain.analytics.PricePrediction;
import io.cardvault.domain.analytics.StashScore;
import io.cardvault.domain.analytics.Velocity;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.Region;
import java.util.Arrays;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * A card: its facts, evolution line, the printing and variant chosen ({@code ?variant=<id>}, so the
 * URL names the selection), where to buy that variant, its newest prices (EU, US, graded), its
 * price-history chart over the period asked ({@code ?period=30d|90d|1y|all}) and the analytics side
 * rail, each part shown only when its data exists.
 */
@Named
@RequestScoped
public class CardPage {

    /** How far ahead the side rail's forecast looks, in days. */
    static final int FORECAST_DAYS = 30;

    private final GetPricedCardUseCase cards;
    private final GetEvolutionChainUseCase evolutions;
    private final GetBuyLinksUseCase buyLinks;
    private final GetPriceChartUseCase charts;
    private final GetTrendSummaryUseCase trends;
    private final GetStashScoreUseCase stashScores;
    private final PredictCardPriceUseCase forecasts;
    private final WebContext web;
    private CardDetails card;
    private List<PricePoint> latest;
    private List<ChartSeries> lines;
    private CardPrices.Period period;
    private TrendSummary trend;
    private StashScore stash;
    private CardPrediction prediction;
    private CardPrices prices;
    private VariantDetails selected;
    private PrintingDetails selectedPrinting;
    private BuyLinks links;
    private List<EvolutionStage> chain;

    @Inject
    public CardPage(GetPricedCardUseCase cards, GetEvolutionChainUseCase evolutions, GetBuyLinksUseCase buyLinks,
                    GetPriceChartUseCase charts, GetTrendSummaryUseCase trends, GetStashScoreUseCase stashScores,
                    PredictCardPriceUseCase forecasts, WebContext web) {
        this.cards = cards;
        this.evolutions = evolutions;
        this.buyLinks = buyLinks;
        this.charts = charts;
        this.trends = trends;
        this.stashScores = stashScores;
        this.forecasts = forecasts;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected CardPage() {
        this(null, null, null, null, null, null, null, null);
    }

    /** View action: loads the card and the chosen variant (the first one when none or a foreign one is asked), or answers 404. */
    public void load() {
        PricedCard priced;
        try {
            priced = cards.pricedCard(new CardId(Long.parseLong(web.parameter("id"))));
        } catch (CatalogueEntryNotFoundException | InvalidCatalogueDataException | NumberFormatException e) {
            web.notFound();
            return;
        }
        card = priced.card();
        String asked = web.parameter("variant");
        for (PrintingDetails printing : card.printings()) {
            for (VariantDetails variant : printing.variants()) {
                if (selected == null || Long.toString(variant.id()).equals(asked)) {
                    selected = variant;
                    selectedPrinting = printing;
                }
            }
        }
        chain = evolutions.chain(new CardId(card.id())).chain();
        String slug = selectedPrinting == null ? "normal" : buyLinkVariant(selectedPrinting, selected);
        links = buyLinks.links(new CardId(card.id()), slug);
        prices = new CardPrices(web.getLocale(),
                key -> localised(key.substring(0, key.indexOf('.') + 1), key.substring(key.indexOf('.') + 1)));
        latest = selected == null ? List.of() : priced.latestOf(selected.id());
        period = CardPrices.Period.of(web.parameter("period"));
        CardId cardId = new CardId(card.id());
        lines = selected == null ? List.of() : charts.chart(cardId, Optional.of(new VariantId(selected.id())));
        // The market box and the forecast follow the variant on screen: pinned to its id, since a
        // slug alone would let the German printing borrow the English one's prices.
        AnalyticsScope shown = selected == null ? AnalyticsScope.raw(AnalyticsScope.AUTO)
                : AnalyticsScope.raw(slug).pinnedTo(new VariantId(selected.id()));
        trend = trends.summary(cardId, shown);
        stash = stashScores.score(cardId);
        prediction = forecasts.predict(cardId, shown, FORECAST_DAYS);
    }

    /** The buy-links use case's variant words: print run (unless unlimited) and finish, e.g. {@code 1st_edition_holo}. */
    static String buyLinkVariant(PrintingDetails printing, VariantDetails variant) {
        String finish = switch (variant.finish()) {
            case "holofoil" -> "holo";
            case "reverse_holofoil" -> "reverse_holo";
            default -> "normal";
        };
        return "unlimited".equals(printing.printRun()) ? finish : printing.printRun() + "_" + finish;
    }

    public boolean isFound() {
        return card != null;
    }

    private CardOverview overview() {
        return card.card();
    }

    public long getId() {
        return card.id();
    }

    public String getName() {
        return overview().name();
    }

    public String getNumber() {
        return overview().collectorNumber() == null ? overview().localId() : overview().collectorNumber();
    }

    public String getRarity() {
        return text(overview().rarity());
    }

    /** tcgdex's category word ("Pokemon") as collectors read it ("Pokémon"), in the page's language. */
    public String getCategory() {
        return factLabel("card.category.", text(overview().category()));
    }

    public String getTypes() {
        return text(overview().types());
    }

    /** tcgdex's stage word ("Stage2") as printed on the card ("Stage 2"), in the page's language. */
    public String getStage() {
        return factLabel("card.stage.", text(overview().stage()));
    }

    /** The label of a catalogue word, or the word itself when it has none (other games' own words). */
    private String factLabel(String prefix, String word) {
        if (word == null || word.isEmpty()) {
            return word;
        }
        try {
            return web.message(prefix + word.replace(" ", ""));
        } catch (MissingResourceException unknownWord) {
            return word;
        }
    }

    public String getHp() {
        return overview().hp() == null ? "" : overview().hp().toString();
    }

    public String getIllustrator() {
        return text(overview().illustrator());
    }

    public SetLink getSet() {
        return new SetLink(card.set(), web.getBase());
    }

    public String getGameHref() {
        return web.getBase() + "/games/" + card.set().gameSlug();
    }

    public int getHue() {
        return CardTile.of(overview(), web.getBase()).getHue();
    }

    /** The card's large picture at its upstream address, null when no source addresses one. */
    public CardPicture getPicture() {
        return CardPicture.full(overview().images());
    }

    /** Stages of the line, earliest first; the card itself is marked current. */
    public List<Stage> getEvolution() {
        return chain.size() < 2 ? List.of() : chain.stream()
                .map(stage -> new Stage(factLabel("card.stage.", stage.stage()), stage.name(), web.getBase() + "/cards/" + stage.cardId().value(),
                        stage.cardId().value() == card.id())).toList();
    }

    public List<PrintingOption> getPrintings() {
        return card.printings().stream().map(printing -> new PrintingOption(printingLabel(printing),
                printing.variants().stream().map(variant -> new LinkOption(Long.toString(variant.id()), variantLabel(variant),
                        web.getBase() + "/cards/" + card.id() + "?variant=" + variant.id(), variant == selected)).toList()))
                .toList();
    }

    public String getSelectedLabel() {
        return selected == null ? "" : printingLabel(selectedPrinting) + " · " + variantLabel(selected);
    }

    public long getSelectedVariantId() {
        return selected == null ? 0 : selected.id();
    }

    public String getCardmarketUrl() {
        return text(links.cardmarketUrl());
    }

    public String getTcgplayerUrl() {
        return text(links.tcgplayerUrl());
    }

    public String getEbayUrl() {
        return text(links.ebayUrl());
    }

    public List<CardPrices.PriceRow> getEuPrices() {
        return prices.raw(latest, Region.EU);
    }

    public List<CardPrices.PriceRow> getUsPrices() {
        return prices.raw(latest, Region.US);
    }

    public List<CardPrices.PriceRow> getGradedPrices() {
        return prices.graded(latest);
    }

    /** Whether any price shown came from the sandbox market, so the page says they are made up. */
    public boolean isSandbox() {
        return latest.stream().anyMatch(PricePoint::sandbox);
    }

    public boolean isPriced() {
        return !getEuPrices().isEmpty() || !getUsPrices().isEmpty() || !getGradedPrices().isEmpty();
    }

    /** Whether any price source can quote the chosen variant (it has a marketplace id); the page says so when none can. */
    public boolean isPriceable() {
        return selected != null && card.isPriceable(selected);
    }

    /** The chart lines of the period chosen. */
    private List<ChartSeries> chartLines() {
        return period.cut(lines);
    }

    public boolean isCharted() {
        return !lines.isEmpty();
    }

    public String getChartConfig() {
        return prices.chartConfig(chartLines());
    }

    /** How many daily values the chart plots, summed over its lines (the browser test reads it). */
    public int getChartPoints() {
        return chartLines().stream().mapToInt(ChartSeries::totalPoints).sum();
    }

    /** The chart's text alternative: what it plots and from when to when. */
    public String getChartSummary() {
        List<ChartSeries> shown = chartLines();
        String from = shown.stream().map(line -> line.points().firstKey()).min(java.util.Comparator.naturalOrder())
                .map(prices::date).orElse("");
        String to = shown.stream().map(line -> line.points().lastKey()).max(java.util.Comparator.naturalOrder())
                .map(prices::date).orElse("");
        return web.message("chart.summary", shown.size(), from, to);
    }

    public List<LinkOption> getPeriods() {
        String variant = selected == null ? "" : "variant=" + selected.id() + "&";
        return Arrays.stream(CardPrices.Period.values()).map(option -> new LinkOption(option.code(),
                web.message("period." + option.code()), web.getBase() + "/cards/" + card.id() + "?" + variant + "period=" + option.code(),
                option == period)).toList();
    }

    /** The side rail's parts; each getter is null when the part has no data. */
    public String getCurrentPrice() {
        TrendSummary.Current current = trend.current();
        return current == null ? null : prices.money(current.price());
    }

    public String getCurrentSource() {
        TrendSummary.Current current = trend.current();
        return current == null ? null : sourceLabel(current.source()) + " · " + prices.date(current.recordedOn());
    }

    public List<DeltaItem> getDeltas() {
        return trend.deltas().stream().filter(delta -> delta.pct() != null)
                .map(delta -> new DeltaItem(web.message("rail.delta", delta.days()),
                        percent(delta.pct()), delta.pct() > 0 ? "up" : delta.pct() < 0 ? "down" : "flat")).toList();
    }

    public String getAllTimeHigh() {
        return trend.allTimeHigh() == null || trend.current() == null ? null
                : prices.money(trend.allTimeHigh().price(), trend.current().currency()) + " · " + prices.date(trend.allTimeHigh().day());
    }

    public String getVerdict() {
        MarketVerdict verdict = trend.marketVerdict();
        return verdict == null ? null : prices.money(verdict.price());
    }

    public String getVerdictDetail() {
        MarketVerdict verdict = trend.marketVerdict();
        return verdict == null ? null : web.message("rail.verdictDetail",
                localised("confidence.", verdict.confidence()), verdict.agreeingSources(), verdict.consideredSources(),
                percent(verdict.spreadPct()));
    }

    public List<SpreadTier> getSpread() {
        BuySellSpread spread = trend.buySellSpread();
        return spread == null ? List.of() : spread.tiers().entrySet().stream()
                .map(tier -> new SpreadTier(localised("spread.", tier.getKey()), prices.money(tier.getValue().buy()),
                        prices.money(tier.getValue().sell()))).toList();
    }

    public String getVelocity() {
        Velocity velocity = trend.velocity();
        return velocity == null ? null : localised("velocity.", velocity.tier()) + " · "
                + web.message("rail.sales30d", velocity.sample30d());
    }

    public Integer getStashScore() {
        return stash.score();
    }

    public String getStashLabel() {
        return stash.label() == null ? null : localised("stash.", stash.label().toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    public String getPrediction() {
        PricePrediction forecast = prediction.prediction();
        if (forecast == null || prediction.source() == null) {
            return null;
        }
        return prices.money(forecast.predictedPrice()) + " (" + percent(forecast.predictedChangePct()) + ")";
    }

    public String getPredictionDetail() {
        PricePrediction forecast = prediction.prediction();
        return forecast == null ? null : web.message("rail.predictionDetail", FORECAST_DAYS,
                localised("confidence.", forecast.confidence().name().toLowerCase(Locale.ROOT)), forecast.dataPoints());
    }

    public boolean isHasRail() {
        return getCurrentPrice() != null || !getDeltas().isEmpty() || getVerdict() != null || !getSpread().isEmpty()
                || getVelocity() != null || getStashScore() != null || getPrediction() != null;
    }

    private String percent(double pct) {
        return (pct > 0 ? "+" : "") + MarketRow.decimal(pct, web.getLocale()) + " %";
    }

    private static String sourceLabel(String code) {
        return PriceSource.find(code).map(PriceSource::label).orElse(code);
    }

    private String printingLabel(PrintingDetails printing) {
        String language = Locale.forLanguageTag(printing.language()).getDisplayLanguage(web.getLocale());
        return (language.isBlank() ? printing.language() : capitalised(language)) + " · " + localised("printRun.", printing.printRun());
    }

    private String variantLabel(VariantDetails variant) {
        StringBuilder label = new StringBuilder(localised("finish.", variant.finish()));
        if (variant.foilPattern() != null) {
            label.append(" · ").append(variant.foilPattern().replace('_', ' '));
        }
        variant.stamps().forEach(stamp -> label.append(" · ").append(stamp.replace('_', ' ')));
        if (variant.size() != null) {
            label.append(" · ").append(variant.size().replace('_', ' '));
        }
        if (variant.label() != null && !"standard".equals(variant.label())) {
            label.append(" · ").append(variant.label().replaceAll("-(?=\\p{L})", " ")); // "1999-2000-copyright" → "1999-2000 copyright"
        }
        return label.toString();
    }

    private String localised(String prefix, String code) {
        try {
            return web.message(prefix + code);
        } catch (MissingResourceException e) {
            return capitalised(code.replace('_', ' '));
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A stage of the evolution line. */
    public record Stage(String stage, String name, String href, boolean current) {
        public String getStage() {
            return stage;
        }

        public String getName() {
            return name;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** A change over some days, with its direction for colour (never colour alone: the sign is in the text). */
    public record DeltaItem(String label, String change, String direction) {
        public String getLabel() {
            return label;
        }

        public String getChange() {
            return change;
        }

        public String getDirection() {
            return direction;
        }
    }

    /** A dealer tier's buy and sell quote. */
    public record SpreadTier(String tier, String buy, String sell) {
        public String getTier() {
            return tier;
        }

        public String getBuy() {
            return buy;
        }

        public String getSell() {
            return sell;
        }
    }

    /** A printing (language and print run) with its variants. */
    public record PrintingOption(String label, List<LinkOption> variants) {
        public String getLabel() {
            return label;
        }

        public List<LinkOption> getVariants() {
            return variants;
        }
    }
}
