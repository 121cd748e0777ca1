package io.cardvault.adapter.in.web;

import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The card page's prices as a page shows them: the selected variant's newest prices split into
 * EU, US and graded rows, and its chart lines for one period as a Chart.js configuration. Grades
 * of no named company are a neutral "Graded N"; a source's own bucket of unknown meaning
 * ({@code pc17}) is not a grade a collector can buy, so it is left out.
 */
final class CardPrices {

    /** The chart's periods, the first one the default; the code is the {@code period} URL parameter. */
    enum Period {
        ALL("all", 0), ONE_YEAR("1y", 365), NINETY_DAYS("90d", 90), THIRTY_DAYS("30d", 30);

        private final String code;
        private final int days;

        Period(String code, int days) {
            this.code = code;
            this.days = days;
        }

        String code() {
            return code;
        }

        /** How many days back the period reaches; 0 for all of them. */
        int days() {
            return days;
        }

        static Period of(String code) {
            for (Period period : values()) {
                if (period.code.equals(code)) {
                    return period;
                }
            }
            return ALL;
        }

        /** The lines cut to this period, counted back from the newest day of any of them. */
        List<ChartSeries> cut(List<ChartSeries> lines) {
            if (days == 0) {
                return lines;
            }
            LocalDate newest = lines.stream().filter(line -> !line.points().isEmpty()).map(line -> line.points().lastKey())
                    .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
            LocalDate from = newest.minusDays(days - 1L);
            return lines.stream().map(line -> new ChartSeries(line.key(), line.label(), line.variant(), line.grading(),
                    line.currency(), line.points().tailMap(from, true))).filter(line -> !line.points().isEmpty()).toList();
        }
    }

    /** Line colours with enough contrast on white, in order of the lines. */
    private static final List<String> COLOURS = List.of("#4338ca", "#c2410c", "#047857", "#b91c1c", "#7c3aed",
            "#0369a1", "#a16207", "#be185d", "#374151", "#15803d");

    private final Locale locale;
    private final UnaryOperator<String> label;

    /** @param label names a price type or grade for people ({@code priceType.trend} → "Trend"), the code itself when unknown */
    CardPrices(Locale locale, UnaryOperator<String> label) {
        this.locale = locale;
        this.label = label;
    }

    List<PriceRow> raw(List<PricePoint> latest, Region region) {
        return latest.stream().filter(point -> !point.series().isGraded() && point.series().region() == region)
                .sorted(Comparator.comparing((PricePoint point) -> point.series().source().label())
                        .thenComparing(point -> point.series().type().code()))
                .map(point -> row(point, label.apply("priceType." + point.series().type().code()))).toList();
    }

    List<PriceRow> graded(List<PricePoint> latest) {
        return latest.stream().filter(point -> point.series().isGraded() && !point.series().grading().isUnknownBucket())
                .sorted(Comparator.comparing((PricePoint point) -> point.series().grading().company() == GradingCompany.OTHER)
                        .thenComparing(point -> point.series().grading().company().code())
                        .thenComparing(point -> new BigDecimal(point.series().grading().grade()), Comparator.reverseOrder())
                        .thenComparing(point -> point.series().source().label()))
                .map(point -> row(point, gradeLabel(point.series().grading()))).toList();
    }

    /** "PSA 10", or "Graded 9" for a grade no company gave. */
    String gradeLabel(Grading grading) {
        return grading.company() == GradingCompany.OTHER
                ? label.apply("price.graded").replace("{0}", grading.grade())
                : grading.company().code().toUpperCase(Locale.ROOT) + " " + grading.grade();
    }

    private PriceRow row(PricePoint point, String what) {
        PriceSeries series = point.series();
        return new PriceRow(series.source().label(), what, money(point.amount().amount(), point.amount().currency()),
                date(point.asOf()), point.asOf().toString(), point.sandbox());
    }

    String money(BigDecimal amount, Currency currency) {
        return MarketRow.money(amount, currency, locale);
    }

    String money(Money price) {
        return MarketRow.money(price, locale);
    }

    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** A Chart.js line configuration: one dataset per line over the union of their days, EUR and USD on their own axes. */
    String chartConfig(List<ChartSeries> lines) {
        SortedSet<LocalDate> days = new TreeSet<>();
        lines.forEach(line -> days.addAll(line.points().keySet()));
        StringBuilder json = new StringBuilder("{\"type\":\"line\",\"data\":{\"labels\":[");
        json.append(String.join(",", days.stream().map(day -> quoted(day.toString())).toList())).append("],\"datasets\":[");
        Map<String, double[]> ranges = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ChartSeries line = lines.get(i);
            String axis = line.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
            double[] range = ranges.computeIfAbsent(axis, key -> new double[] {Double.MAX_VALUE, 0});
            line.points().values().stream().mapToDouble(BigDecimal::doubleValue).filter(value -> value > 0).forEach(value -> {
                range[0] = Math.min(range[0], value);
                range[1] = Math.max(range[1], value);
            });
            String colour = COLOURS.get(i % COLOURS.size());
            json.append(i == 0 ? "" : ",").append("{\"label\":").append(quoted(lineLabel(line)))
                    .append(",\"yAxisID\":").append(quoted(axis))
                    .append(",\"borderColor\":\"").append(colour).append("\",\"backgroundColor\":\"").append(colour)
                    .append("\",\"borderWidth\":2,\"pointRadius\":").append(days.size() > 60 ? 0 : 2)
                    .append(",\"pointHitRadius\":6,\"tension\":0.2,\"spanGaps\":true,\"data\":[");
            json.append(String.join(",", days.stream().map(day -> amount(line.points(), day)).toList())).append("]}");
        }
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,")
                .append("\"interaction\":{\"mode\":\"index\",\"intersect\":false},")
                .append("\"plugins\":{\"legend\":{\"position\":\"bottom\"}},\"scales\":{\"x\":{\"ticks\":{\"maxTicksLimit\":8}}");
        boolean logarithmic = lines.size() > 1 && ranges.values().stream().allMatch(range -> range[1] > 0);
        double span = logarithmic ? sharedLogSpan(ranges.values()) : 0;
        int position = 0;
        for (Map.Entry<String, double[]> axis : ranges.entrySet()) {
            String symbol = Currency.getInstance(axis.getKey().toUpperCase(Locale.ROOT)).getSymbol(locale);
            json.append(",").append(quoted(axis.getKey())).append(":{\"position\":\"").append(position == 0 ? "left" : "right")
                    .append("\",\"grid\":{\"drawOnChartArea\":").append(position == 0).append("},\"title\":{\"display\":true,\"text\":")
                    .append(quoted(logarithmic ? label.apply("chart.logAxis").replace("{0}", symbol) : symbol)).append("}");
            if (logarithmic) {
                double centre = (Math.log(axis.getValue()[0]) + Math.log(axis.getValue()[1])) / 2;
                json.append(",\"type\":\"logarithmic\",\"min\":").append(bound(Math.exp(centre - span / 2)))
                        .append(",\"max\":").append(bound(Math.exp(centre + span / 2)));
            }
            json.append("}");
            position++;
        }
        return json.append("}}}").toString();
    }

    /**
     * The one log-scale span every currency axis gets, so that the same relative move is the same
     * height on each: raw and PSA 10 share an axis without the raw line lying flat, and a second
     * currency is not stretched into looking volatile. At least ±12 % around the middle, so penny
     * jitter on a quiet card is not blown up to fill the chart; 5 % of headroom either side.
     */
    private static double sharedLogSpan(java.util.Collection<double[]> ranges) {
        double widest = ranges.stream().mapToDouble(range -> Math.log(range[1] / range[0])).max().orElse(0);
        return Math.max(widest, Math.log(1.25)) * 1.1;
    }

    private static String bound(double value) {
        return BigDecimal.valueOf(value).round(new java.math.MathContext(4)).toPlainString();
    }

    /** "Holofoil · PSA 10 (EUR)" with a no-company grade named neutrally in the page's language. */
    private String lineLabel(ChartSeries line) {
        if (line.grading() != null && line.grading().company() == GradingCompany.OTHER) {
            return line.label().replace("Graded " + line.grading().grade(), gradeLabel(line.grading()));
        }
        return line.label().replace("Raw", label.apply("price.raw"));
    }

    private static String amount(NavigableMap<LocalDate, BigDecimal> points, LocalDate day) {
        BigDecimal amount = points.get(day);
        return amount == null ? "null" : amount.toPlainString();
    }

    /** A JSON string that is also safe inside an HTML script element. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<', '>', '&', '\'' -> out.append(String.format("\\u%04x", (int) c));
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A row of the price table; {@code sandbox} when the sandbox market made the price up (the row says "demo"). */
    public record PriceRow(String source, String what, String amount, String asOf, String asOfIso, boolean sandbox) {
        public boolean isSandbox() {
            return sandbox;
        }

        public String getSource() {
            return source;
        }

        public String getWhat() {
            return what;
        }

        public String getAmount() {
            return amount;
        }

        public String getAsOf() {
            return asOf;
        }

        public String getAsOfIso() {
            return asOfIso;
        }
    }
}
