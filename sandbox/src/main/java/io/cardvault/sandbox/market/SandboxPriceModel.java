package io.cardvault.sandbox.market;

import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.price.PricedVariant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Made-up but plausible prices, a pure function of (variant, day): the same card on the same day
 * always costs the same, whatever was asked before, so any past day's file can be served again
 * (unless a demo moved the card's price with {@link MarketMoves}: then from that day on).
 *
 * <ul>
 *   <li>base value (USD) from the card's rarity, its set's age, a few sought-after species, the
 *       variant's print run (1st Edition &gt; Shadowless &gt; Unlimited) and a per-card factor drawn
 *       once from a log-normal;</li>
 *   <li>a daily walk: the sum of smooth value-noise curves of 90, 21 and 5 days and a small daily
 *       jitter (no accumulated state, hence random access by day);</li>
 *   <li>rare spikes: about one day in 400 per card is ×6–10 (what the outlier rule must catch);</li>
 *   <li>EUR at a fixed 0.92 with its own small noise; graded multiples over the raw price.</li>
 * </ul>
 * The few {@link ConstructedSeries} cards follow a known curve instead.
 */
final class SandboxPriceModel {

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    /** Set age is counted to a fixed day so a card's base never depends on when it is asked. */
    private static final LocalDate AGE_REFERENCE = LocalDate.of(2026, 1, 1);
    private static final Map<String, Double> RARITY_NAMES = Map.ofEntries(
            Map.entry("common", 0.12), Map.entry("uncommon", 0.25), Map.entry("rare", 1.2),
            Map.entry("holo rare", 4.0), Map.entry("rare holo", 4.0), Map.entry("ultra rare", 9.0),
            Map.entry("secret rare", 22.0), Map.entry("illustration rare", 14.0), Map.entry("double rare", 3.5),
            Map.entry("special illustration rare", 45.0), Map.entry("hyper rare", 35.0), Map.entry("shiny rare", 6.0),
            Map.entry("promo", 2.0), Map.entry("holo rare v", 5.0), Map.entry("holo rare vmax", 8.0),
            Map.entry("holo rare vstar", 6.0), Map.entry("rare holo lv.x", 18.0), Map.entry("ace spec rare", 5.0),
            Map.entry("rare prime", 12.0), Map.entry("legend", 15.0), Map.entry("amazing rare", 10.0),
            Map.entry("radiant rare", 4.0), Map.entry("shiny ultra rare", 20.0), Map.entry("mega hyper rare", 60.0));
    /** Looked up without lower-casing each time: a guide asks for a base a dozen times per variant. */
    private static final Map<String, Double> RARITY = caseInsensitive(RARITY_NAMES);
    private static final Set<String> SOUGHT_AFTER = Set.of("charizard", "pikachu", "mewtwo", "mew", "lugia", "umbreon",
            "rayquaza", "gengar", "blastoise", "venusaur", "gyarados", "eevee");
    /**
     * The same card by print run: a 1st Edition outsells the Shadowless print, which outsells the
     * Unlimited one (Base Set Charizard's holo, roughly, ×6 and ×2.5 over Unlimited in the raw grades).
     */
    static final Map<PrintRun, Double> PRINT_RUN = Map.of(PrintRun.UNLIMITED, 1.0, PrintRun.SHADOWLESS, 2.5,
            PrintRun.FIRST_EDITION, 6.0);

    /** Graded multiples over the raw US price (PriceCharting's grade columns). */
    static final double[] GRADE_7_8_9_95 = {1.6, 2.3, 4.0, 7.5};
    static final double PSA_10 = 16.0;
    static final double BGS_10 = 26.0;
    static final double PC17 = 12.0;
    static final double PC18 = 9.0;

    private SandboxPriceModel() {
    }

    /** The variant's US market price on {@code day}, spikes and any {@link MarketMoves} of its card included. */
    static double usd(PricedVariant variant, LocalDate day) {
        return modelledUsd(variant, day) * MarketMoves.factor(variant.cardId(), day);
    }

    private static double modelledUsd(PricedVariant variant, LocalDate day) {
        Optional<ConstructedSeries> constructed = ConstructedSeries.of(variant);
        if (constructed.isPresent()) {
            return constructed.get().usd(day);
        }
        long seed = walkSeed(variant);
        long d = day.toEpochDay() - EPOCH.toEpochDay();
        double walk = 0.35 * noise(seed ^ 0x1111, d / 90.0) + 0.15 * noise(seed ^ 0x2222, d / 21.0)
                + 0.05 * noise(seed ^ 0x3333, d / 5.0) + 0.01 * (unit(seed ^ 0x4444, d) * 2 - 1);
        double price = base(variant) * Math.exp(walk);
        if (unit(seed ^ 0x5555, d) < 0.0025) {
            price *= 6 + 4 * unit(seed ^ 0x6666, d);
        }
        return Math.max(price, 0.02);
    }

    /**
     * The walk belongs to the card and finish, not to the variant: a card's 1st Edition, Shadowless
     * and Unlimited holo move together, so their print-run order holds on every day.
     */
    static long walkSeed(PricedVariant variant) {
        return variant.cardId().value() * 0x9E3779B97F4A7C15L ^ variant.finish().hashCode() * 0xC2B2AE3D27D4EB4FL;
    }

    /** The same in EUR on Cardmarket (a fixed rate, plus the market's own small difference), moves included. */
    static double eur(PricedVariant variant, LocalDate day) {
        Optional<ConstructedSeries> constructed = ConstructedSeries.of(variant);
        if (constructed.isPresent()) {
            return constructed.get().eur(day) * MarketMoves.factor(variant.cardId(), day);
        }
        long seed = variant.variantId().value() * 0xC2B2AE3D27D4EB4FL;
        return usd(variant, day) * 0.92 * (1 + 0.08 * noise(seed, (day.toEpochDay()) / 30.0));
    }

    static double base(PricedVariant variant) {
        double rarity = variant.rarity() == null ? 0.8 : RARITY.getOrDefault(variant.rarity(), 0.8);
        double years = variant.setReleaseDate() == null ? 2
                : Math.max(0, (AGE_REFERENCE.toEpochDay() - variant.setReleaseDate().toEpochDay()) / 365.25);
        double age = 1 + 0.12 * Math.pow(years, 1.6);
        double finish = variant.isReverse() ? 1.4 : "holofoil".equals(variant.finish()) && years > 15 ? 3 : 1;
        double species = soughtAfter(variant.cardName()) ? 5 : 1;
        double own = Math.exp(0.7 * gaussian(variant.cardId().value() * 0xD6E8FEB86659FD93L));
        return 0.05 + rarity * age * finish * species * own * PRINT_RUN.get(variant.printRun());
    }

    private static boolean soughtAfter(String name) {
        if (name == null) {
            return false;
        }
        for (String species : SOUGHT_AFTER) {
            if (name.regionMatches(true, 0, species, 0, species.length())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> caseInsensitive(Map<String, Double> names) {
        Map<String, Double> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(names);
        return Collections.unmodifiableMap(map);
    }

    /** Two decimals, the way marketplaces show money. */
    static BigDecimal money(double amount) {
        // whole cents half up, without a trip through the double's decimal string (a guide formats ~10^6 amounts)
        return BigDecimal.valueOf(Math.round(amount * 100), 2);
    }

    /** Smooth value noise in [-1, 1]: random values on integer points, eased in between. */
    static double noise(long seed, double x) {
        long i = (long) Math.floor(x);
        double t = x - i;
        double ease = t * t * (3 - 2 * t);
        double a = unit(seed, i) * 2 - 1;
        double b = unit(seed, i + 1) * 2 - 1;
        return a + (b - a) * ease;
    }

    /** A uniform number in [0, 1) for (seed, n), always the same. */
    static double unit(long seed, long n) {
        long z = seed + n * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static double gaussian(long seed) {
        double u1 = Math.max(unit(seed, 1), 1e-12);
        double u2 = unit(seed, 2);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
