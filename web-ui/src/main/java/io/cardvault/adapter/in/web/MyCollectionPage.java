package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.application.port.in.collection.AmendCollectionEntryCommand;
import io.cardvault.application.port.in.collection.AmendCollectionEntryUseCase;
import io.cardvault.application.port.in.collection.CollectionEntryNotFoundException;
import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.collection.CollectionPage;
import io.cardvault.application.port.in.collection.CollectionQuery;
import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.GetCollectionSummaryUseCase;
import io.cardvault.application.port.in.collection.GetPortfolioHistoryUseCase;
import io.cardvault.application.port.in.collection.ListCollectionUseCase;
import io.cardvault.application.port.in.collection.PortfolioHistory;
import io.cardvault.application.port.in.collection.RemoveFromCollectionUseCase;
import io.cardvault.application.port.in.collection.ValueChange;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntryId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.shared.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "My collection": the signed-in collector's cards with their value, filtered by game and by a text
 * in the card's or set's name, a page at a time; quantity and condition edited in place and entries
 * removed (Ajax, so the view keeps state like the keys page); the portfolio's value with its 24-hour
 * and 7-day change, a chart of the current holdings' value over a period, and the value by game and
 * by set. The filters, the period and the currency are the URL's, so every view is a link.
 *
 * <p>The breakdown by set and the text filter need the whole collection, so the page reads it whole
 * (the list use case's largest pages) and pages the table itself; the valuation is the use cases'.
 */
@Named
@ViewScoped
public class MyCollectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;
    static final int MAX_TEXT = 100;
    /** The currencies the page offers; the valuation converts every price into the one chosen. */
    static final List<String> CURRENCIES = List.of("EUR", "USD");
    /** The chart's periods, the first the default; {@code all} is the history's longest reach. */
    static final List<CardPrices.Period> PERIODS = List.of(CardPrices.Period.THIRTY_DAYS, CardPrices.Period.NINETY_DAYS,
            CardPrices.Period.ONE_YEAR);
    private static final int SETS_SHOWN = 10;

    private final ListCollectionUseCase collection;
    private final GetCollectionSummaryUseCase summaries;
    private final GetPortfolioHistoryUseCase histories;
    private final AmendCollectionEntryUseCase amendments;
    private final RemoveFromCollectionUseCase removals;
    private final ListGamesUseCase games;
    private final WebContext web;

    private AccountId owner;
    private Locale locale;
    private String base;
    private String game = "";
    private String text = "";
    private Currency currency = Currency.getInstance(CURRENCIES.get(0));
    private CardPrices.Period period = PERIODS.get(0);
    private int page = 1;
    private Map<String, String> gameNames = Map.of();
    private List<EntryRow> rows = List.of();
    private int matching;
    private int entryCount;
    private Pager pager;
    private SummaryView summary;
    private List<String> heldGames = List.of();
    private List<ShareRow> byGame = List.of();
    private List<ShareRow> bySet = List.of();
    private int setCount;
    private String chartConfig = "";
    private int chartPoints;
    private String chartSummary = "";
    private String notice = "";
    private String error = "";

    @Inject
    public MyCollectionPage(ListCollectionUseCase collection, GetCollectionSummaryUseCase summaries,
                            GetPortfolioHistoryUseCase histories, AmendCollectionEntryUseCase amendments,
                            RemoveFromCollectionUseCase removals, ListGamesUseCase games, WebContext web) {
        this.collection = collection;
        this.summaries = summaries;
        this.histories = histories;
        this.amendments = amendments;
        this.removals = removals;
        this.games = games;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected MyCollectionPage() {
        this(null, null, null, null, null, null, null);
    }

    /** View action: only for a signed-in visitor; reads the URL's filters, period and currency, then the collection. */
    public void load() {
        Optional<AccountId> signedIn = web.currentAccount().map(account -> account.requireId());
        if (signedIn.isEmpty()) {
            web.redirect("/signin");
            return;
        }
        owner = signedIn.get();
        locale = web.getLocale();
        base = web.getBase();
        game = web.parameter("game").matches("[a-z0-9][a-z0-9-]{0,31}") ? web.parameter("game") : "";
        text = web.parameter("q").length() <= MAX_TEXT ? web.parameter("q") : web.parameter("q").substring(0, MAX_TEXT);
        currency = Currency.getInstance(CURRENCIES.contains(web.parameter("currency")) ? web.parameter("currency") : CURRENCIES.get(0));
        period = PERIODS.stream().filter(option -> option.code().equals(web.parameter("period"))).findFirst().orElse(PERIODS.get(0));
        page = web.pageParameter();
        gameNames = new LinkedHashMap<>();
        for (GameOverview known : games.games()) {
            gameNames.put(known.slug(), known.name());
        }
        try {
            reload();
            chart();
        } catch (InvalidCollectionDataException e) {
            if (!"currency".equals(e.field())) {
                throw e;
            }
            // no stored exchange rate for the currency asked: the euro needs none
            currency = Currency.getInstance(CURRENCIES.get(0));
            error = web.message("collection.error.currency");
            reload();
            chart();
        }
    }

    /** Reads the collection and its figures again: after the view opens and after every change. */
    private void reload() {
        List<CollectionItem> all = everyItem();
        entryCount = all.size();
        List<CollectionItem> shown = all.stream().filter(item -> matches(item, game, text)).toList();
        matching = shown.size();
        pager = new Pager(page, matching, PAGE_SIZE, base + "/collection", query(Map.of()));
        int from = Math.min(shown.size(), (pager.getPage() - 1) * PAGE_SIZE);
        rows = shown.subList(from, Math.min(shown.size(), from + PAGE_SIZE)).stream().map(this::row).toList();
        CollectionSummary figures = summaries.summary(owner, currency);
        summary = summaryView(figures);
        heldGames = figures.byGame().keySet().stream().sorted().toList();
        byGame = figures.byGame().entrySet().stream()
                .sorted(Map.Entry.<String, Money>comparingByValue().reversed())
                .map(entry -> new ShareRow(gameNames.getOrDefault(entry.getKey(), entry.getKey()), money(entry.getValue()),
                        share(entry.getValue(), figures.totalValue()), base + "/collection" + Pager.withQuery("", query(Map.of("game", entry.getKey())))))
                .toList();
        List<ShareRow> sets = bySet(all, figures.totalValue());
        setCount = sets.size();
        bySet = sets.subList(0, Math.min(SETS_SHOWN, sets.size()));
    }

    /** The whole collection, newest first, read through the list use case a largest page at a time. */
    private List<CollectionItem> everyItem() {
        List<CollectionItem> all = new ArrayList<>();
        CollectionPage read;
        do {
            read = collection.list(new CollectionQuery(owner, Optional.empty(), CollectionQuery.MAX_LIMIT, all.size(), currency));
            all.addAll(read.items());
        } while (!read.items().isEmpty() && all.size() < read.total());
        return all;
    }

    /** The game filter (a slug) and the text filter: a case-insensitive part of the card's or the set's name. */
    static boolean matches(CollectionItem item, String game, String text) {
        if (!game.isEmpty() && !game.equals(item.gameSlug())) {
            return false;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || item.cardName().toLowerCase(Locale.ROOT).contains(wanted)
                || item.setName().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The value per set (of the game it belongs to), most valuable first; sets whose cards have no price come last. */
    private List<ShareRow> bySet(List<CollectionItem> all, Money total) {
        Map<String, Money> values = new LinkedHashMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (CollectionItem item : all) {
            String key = item.gameSlug() + "\u0000" + item.setName();
            labels.put(key, item.setName() + " · " + gameNames.getOrDefault(item.gameSlug(), item.gameSlug()));
            Money value = item.currentValue().orElse(Money.zero(currency));
            values.merge(key, value, Money::plus);
        }
        return values.entrySet().stream().sorted(Map.Entry.<String, Money>comparingByValue().reversed())
                .map(entry -> new ShareRow(labels.get(entry.getKey()), money(entry.getValue()), share(entry.getValue(), total),
                        base + "/collection" + Pager.withQuery("", query(Map.of("q", entry.getKey().substring(entry.getKey().indexOf('\u0000') + 1), "game",
                                entry.getKey().substring(0, entry.getKey().indexOf('\u0000')))))))
                .toList();
    }

    /** The portfolio chart of the period chosen, drawn like the card page's price chart (Chart.js through p:chart). */
    private void chart() {
        PortfolioHistory history = histories.history(owner, currency, Math.min(period.days(), GetPortfolioHistoryUseCase.MAX_DAYS));
        ChartSeries line = portfolioLine(history, web.message("collection.chart.line"));
        NavigableMap<LocalDate, BigDecimal> points = line.points();
        chartPoints = points.size();
        CardPrices prices = prices();
        chartConfig = points.isEmpty() ? "" : prices.chartConfig(List.of(line));
        chartSummary = points.isEmpty() ? "" : web.message("collection.chart.summary")
                .replace("{0}", prices.date(points.firstKey())).replace("{1}", prices.date(points.lastKey()))
                .replace("{2}", history.currency().getCurrencyCode());
    }

    /**
     * The history as one chart line in its currency. A day on which none of the holdings had a price
     * is a gap in the line, not a portfolio worth nothing.
     */
    static ChartSeries portfolioLine(PortfolioHistory history, String label) {
        TreeMap<LocalDate, BigDecimal> points = new TreeMap<>();
        history.days().stream().filter(day -> day.valuedCount() > 0).forEach(day -> points.put(day.day(), day.value().amount()));
        return new ChartSeries("portfolio", label, "portfolio", null, history.currency(), points);
    }

    private CardPrices prices() {
        return new CardPrices(locale, key -> key);
    }

    /** Form action of a row: writes its quantity and condition. */
    public void save(EntryRow row) {
        notice = "";
        error = "";
        Optional<Integer> quantity = quantity(row.getQuantity());
        if (quantity.isEmpty()) {
            error = web.message("collection.error.quantity");
            return;
        }
        try {
            amendments.amend(new AmendCollectionEntryCommand(owner, new CollectionEntryId(row.getId()), quantity,
                    Optional.of(CardCondition.valueOf(row.getCondition())), Optional.empty(), Optional.empty(), Optional.empty(),
                    currency));
            notice = web.message("collection.saved").replace("{0}", row.getCardName());
        } catch (CollectionEntryNotFoundException e) {
            error = web.message("collection.error.gone");
        } catch (InvalidCollectionDataException | IllegalArgumentException e) {
            error = web.message("collection.error.quantity");
        }
        reload();
        chart();
    }

    /** Form action of a row: removes the entry. */
    public void remove(EntryRow row) {
        notice = "";
        error = "";
        try {
            removals.remove(owner, new CollectionEntryId(row.getId()));
            notice = web.message("collection.removed").replace("{0}", row.getCardName());
        } catch (CollectionEntryNotFoundException e) {
            error = web.message("collection.error.gone");
        }
        reload();
        chart();
    }

    /** A whole number of copies from 1 to the entry's maximum; anything else is empty. */
    static Optional<Integer> quantity(String typed) {
        String digits = typed == null ? "" : typed.strip();
        if (!digits.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int copies = Integer.parseInt(digits);
        return copies >= 1 && copies <= io.cardvault.domain.collection.CollectionEntry.MAX_QUANTITY
                ? Optional.of(copies) : Optional.empty();
    }

    private EntryRow row(CollectionItem item) {
        String variant = item.entry().variant().map(id -> "?variant=" + id.value()).orElse("");
        String details = item.variant().map(MyCollectionPage::words).orElse("");
        String grading = item.entry().grading().map(prices()::gradeLabel).orElse("");
        return new EntryRow(item.entry().id().orElseThrow().value(), item.cardName(),
                base + "/cards/" + item.entry().card().value() + variant, item.setName(),
                gameNames.getOrDefault(item.gameSlug(), item.gameSlug()), details, grading,
                Integer.toString(item.entry().quantity()), item.entry().condition().name(),
                item.entry().pricePaid().map(this::money).orElse(""),
                item.currentValue().map(this::money).orElse(""), CardPicture.thumbnail(item.images()),
                CardTile.hueOf(item.cardName(), null),
                base + "/sell?card=" + item.entry().card().value() + item.entry().variant().map(id -> "&variant=" + id.value()).orElse(""));
    }

    /** {@code 1st_edition_holo} → "1st edition holo". */
    static String words(String slug) {
        return slug.replace('_', ' ');
    }

    private String money(Money amount) {
        return MarketRow.money(amount, locale);
    }

    /** A part's share of the total in percent, one decimal; empty when the total is zero. */
    private String share(Money part, Money total) {
        if (total.amount().signum() == 0) {
            return "";
        }
        double pct = part.amount().multiply(BigDecimal.valueOf(100)).divide(total.amount(), 1, java.math.RoundingMode.HALF_UP).doubleValue();
        return MarketRow.decimal(pct, locale) + " %";
    }

    /** This page's query with some parameters replaced (an empty value drops one); the page number is the pager's. */
    private Map<String, String> query(Map<String, String> replaced) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("game", game);
        query.put("q", text);
        query.put("period", period == PERIODS.get(0) ? "" : period.code());
        query.put("currency", currency.getCurrencyCode().equals(CURRENCIES.get(0)) ? "" : currency.getCurrencyCode());
        query.putAll(replaced);
        return query;
    }

    public List<EntryRow> getRows() {
        return rows;
    }

    public Pager getPager() {
        return pager;
    }

    /** Entries after the filters, and in the whole collection. */
    public int getMatching() {
        return matching;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public boolean isFiltered() {
        return !game.isEmpty() || !text.isEmpty();
    }

    public String getGame() {
        return game;
    }

    public String getText() {
        return text;
    }

    public String getCurrency() {
        return currency.getCurrencyCode();
    }

    /** The games the collection holds, for the filter. */
    public List<LinkOption> getGames() {
        return heldGames.stream()
                .map(slug -> new LinkOption(slug, gameNames.getOrDefault(slug, slug), "", slug.equals(game))).toList();
    }

    public List<LinkOption> getConditions() {
        return conditionOptions(web, Optional.empty());
    }

    /** The condition scale as choices, best first, named in the page's language; the chosen one marked. */
    static List<LinkOption> conditionOptions(WebContext web, Optional<CardCondition> chosen) {
        return Arrays.stream(CardCondition.values()).map(condition -> new LinkOption(condition.name(),
                web.message("condition." + condition.name()), "", chosen.filter(condition::equals).isPresent())).toList();
    }

    /** A condition of the scale by its code ({@code NM}); anything else a form or a forged post sends is empty. */
    static Optional<CardCondition> condition(String code) {
        return Arrays.stream(CardCondition.values()).filter(known -> known.name().equals(code)).findFirst();
    }

    public List<LinkOption> getPeriods() {
        return PERIODS.stream().map(option -> new LinkOption(option.code(), web.message("period." + option.code()),
                base + "/collection" + Pager.withQuery("", query(Map.of("period", option == PERIODS.get(0) ? "" : option.code()))),
                option == period)).toList();
    }

    public List<LinkOption> getCurrencies() {
        return CURRENCIES.stream().map(code -> new LinkOption(code, code,
                base + "/collection" + Pager.withQuery("", query(Map.of("currency", code.equals(CURRENCIES.get(0)) ? "" : code)))
                , code.equals(currency.getCurrencyCode()))).toList();
    }

    public SummaryView getSummary() {
        return summary;
    }

    public List<ShareRow> getByGame() {
        return byGame;
    }

    public List<ShareRow> getBySet() {
        return bySet;
    }

    /** How many sets the collection spans; the breakdown lists the most valuable few. */
    public int getSetCount() {
        return setCount;
    }

    public boolean isCharted() {
        return chartPoints > 0;
    }

    public String getChartConfig() {
        return chartConfig;
    }

    /** How many days the chart plots (the browser test reads it). */
    public int getChartPoints() {
        return chartPoints;
    }

    public String getChartSummary() {
        return chartSummary;
    }

    /** "12 of 40 entries" (filtered), "40 entries" or "1 entry". */
    public String getCountNote() {
        return isFiltered()
                ? web.message("collection.countFiltered", matching, entryCount)
                : entryCount == 1 ? web.message("collection.countOne")
                : web.message("collection.count", entryCount);
    }

    /** "3 copies have no price yet" when some do; empty otherwise. */
    public String getUnvaluedNote() {
        return summary.unvaluedCount() == 0 ? "" : web.message("collection.unvalued").replace("{0}", Integer.toString(summary.unvaluedCount()));
    }

    /** "the 10 most valuable of 14" when the set breakdown leaves sets out; empty otherwise. */
    public String getTopSetsNote() {
        return setCount <= bySet.size() ? "" : web.message("collection.topSets").replace("{0}", Integer.toString(bySet.size()))
                .replace("{1}", Integer.toString(setCount));
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    /** The summary's figures as the page words them. */
    private SummaryView summaryView(CollectionSummary figures) {
        return new SummaryView(money(figures.totalValue()), figures.totalValue().amount().toPlainString(), figures.cardCount(),
                figures.unvaluedCount(), figures.change24h().map(this::change).orElse(null),
                figures.change7d().map(this::change).orElse(null),
                figures.topCard().map(top -> top.name()).orElse(""),
                figures.topCard().map(top -> money(top.value())).orElse(""),
                figures.topCard().map(top -> base + "/cards/" + top.card().value()).orElse(""));
    }

    private ChangeView change(ValueChange change) {
        String formatted = money(change.amount());
        int sign = change.amount().amount().signum();
        return new ChangeView(sign > 0 ? "+" + formatted : formatted,
                change.percent().map(pct -> (pct.signum() > 0 ? "+" : "") + MarketRow.decimal(pct.doubleValue(), locale) + " %")
                        .orElse(""),
                sign > 0 ? "up" : sign < 0 ? "down" : "flat");
    }

    /**
     * The portfolio's figures, worded: total value (and as a plain number for machine readers), copies held and how
     * many of them have no price, the changes (null when no held card had a price then), the most valuable card.
     */
    public record SummaryView(String totalValue, String totalAmount, int cardCount, int unvaluedCount, ChangeView change24h,
                              ChangeView change7d, String topCardName, String topCardValue, String topCardHref)
            implements Serializable {
        public String getTotalValue() {
            return totalValue;
        }

        public String getTotalAmount() {
            return totalAmount;
        }

        public int getCardCount() {
            return cardCount;
        }

        public int getUnvaluedCount() {
            return unvaluedCount;
        }

        public ChangeView getChange24h() {
            return change24h;
        }

        public ChangeView getChange7d() {
            return change7d;
        }

        public String getTopCardName() {
            return topCardName;
        }

        public String getTopCardValue() {
            return topCardValue;
        }

        public String getTopCardHref() {
            return topCardHref;
        }
    }

    /** A change over a period: the amount with its sign, the percent when there is one, its direction for colour (never colour alone). */
    public record ChangeView(String amount, String percent, String direction) implements Serializable {
        public String getAmount() {
            return amount;
        }

        public String getPercent() {
            return percent;
        }

        public String getDirection() {
            return direction;
        }
    }

    /** One entry as the table shows it; quantity and condition are editable in place. */
    public static final class EntryRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String cardName;
        private final String href;
        private final String setName;
        private final String gameName;
        private final String variant;
        private final String grading;
        private final String paid;
        private final String value;
        private final CardPicture picture;
        private final int hue;
        private final String sellHref;
        private String quantity;
        private String condition;

        EntryRow(long id, String cardName, String href, String setName, String gameName, String variant, String grading,
                 String quantity, String condition, String paid, String value, CardPicture picture, int hue, String sellHref) {
            this.sellHref = sellHref;
            this.picture = picture;
            this.hue = hue;
            this.id = id;
            this.cardName = cardName;
            this.href = href;
            this.setName = setName;
            this.gameName = gameName;
            this.variant = variant;
            this.grading = grading;
            this.quantity = quantity;
            this.condition = condition;
            this.paid = paid;
            this.value = value;
        }

        public long getId() {
            return id;
        }

        public String getCardName() {
            return cardName;
        }

        /** The card's small picture, null when it has none (its drawn tile is shown). */
        public CardPicture getPicture() {
            return picture;
        }

        public int getHue() {
            return hue;
        }

        public String getHref() {
            return href;
        }

        /** "Sell this card" for the entry's card and variant. */
        public String getSellHref() {
            return sellHref;
        }

        public String getSetName() {
            return setName;
        }

        public String getGameName() {
            return gameName;
        }

        public String getVariant() {
            return variant;
        }

        public String getGrading() {
            return grading;
        }

        public String getPaid() {
            return paid;
        }

        public String getValue() {
            return value;
        }

        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity == null ? "" : quantity;
        }

        public String getCondition() {
            return condition;
        }

        /** Only a condition of the scale is taken; anything else a forged post sends keeps the row's. */
        public void setCondition(String condition) {
            MyCollectionPage.condition(condition).ifPresent(known -> this.condition = known.name());
        }
    }

    /** A game's or a set's part of the portfolio: its value, its share of the total, and the filtered view of it. */
    public record ShareRow(String label, String value, String share, String href) implements Serializable {
        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }

        public String getShare() {
            return share;
        }

        public String getHref() {
            return href;
        }
    }
}
