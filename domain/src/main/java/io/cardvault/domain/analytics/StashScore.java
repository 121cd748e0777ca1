package io.cardvault.domain.analytics;

import java.io.Serializable;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * "Should I keep this card?" from four components of 0–25 points each:
 * <ul>
 * <li>price_momentum = round(clamp(12.5 + change_30d_pct / 2, 0, 25)) (−25 % → 0, flat → 13, +25 % → 25);</li>
 * <li>rarity from the rarity name: secret/hyper/special illustration/gold 25, ultra/illustration/full art/
 *     double/amazing/ace spec 20, holo 15, rare 12, promo 10, uncommon 6, common 3;</li>
 * <li>liquidity = min(25, round(sold comps in 30 days × 25 / 30));</li>
 * <li>source_agreement = round(25 × agreeing / considered sources), with at least two sources.</li>
 * </ul>
 * A component without data is null and left out: {@code score = round(Σ known × 100 / (25 × known))}.
 * Labels: ≥ 80 Core holding, ≥ 65 Strong hold, ≥ 50 Hold, ≥ 35 Watch, else Consider selling.
 */
public record StashScore(Integer score, Integer priceMomentum, Integer rarity, Integer liquidity,
                         Integer sourceAgreement, String label) implements Serializable {

    static final int COMPONENT_MAX = 25;

    public static StashScore of(OptionalDouble change30dPct, String rarityName, OptionalInt soldComps30d,
                                OptionalInt agreeingSources, OptionalInt consideredSources) {
        Integer momentum = change30dPct.isPresent()
                ? (int) Math.round(Math.max(0, Math.min(COMPONENT_MAX, 12.5 + change30dPct.getAsDouble() / 2))) : null;
        Integer rarity = rarityPoints(rarityName);
        Integer liquidity = soldComps30d.isPresent()
                ? Math.min(COMPONENT_MAX, (int) Math.round(soldComps30d.getAsInt() * 25.0 / 30)) : null;
        Integer agreement = consideredSources.isPresent() && consideredSources.getAsInt() >= 2 && agreeingSources.isPresent()
                ? (int) Math.round(25.0 * agreeingSources.getAsInt() / consideredSources.getAsInt()) : null;
        int[] known = Stream.of(momentum, rarity, liquidity, agreement).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        if (known.length == 0) {
            return new StashScore(null, null, null, null, null, null);
        }
        int score = (int) Math.round(java.util.Arrays.stream(known).sum() * 100.0 / (COMPONENT_MAX * known.length));
        return new StashScore(score, momentum, rarity, liquidity, agreement, label(score));
    }

    static Integer rarityPoints(String rarityName) {
        if (rarityName == null || rarityName.isBlank()) {
            return null;
        }
        String rarity = rarityName.toLowerCase(Locale.ROOT);
        if (Stream.of("secret", "hyper", "special illustration", "gold").anyMatch(rarity::contains)) {
            return 25;
        }
        if (Stream.of("ultra", "illustration", "full art", "double", "amazing", "ace spec").anyMatch(rarity::contains)) {
            return 20;
        }
        if (rarity.contains("holo")) {
            return 15;
        }
        if (rarity.contains("rare")) {
            return 12;
        }
        if (rarity.contains("promo")) {
            return 10;
        }
        if (rarity.contains("uncommon")) {
            return 6;
        }
        return rarity.contains("common") ? 3 : null;
    }

    static String label(int score) {
        if (score >= 80) {
            return "Core holding";
        }
        if (score >= 65) {
            return "Strong hold";
        }
        if (score >= 50) {
            return "Hold";
        }
        return score >= 35 ? "Watch" : "Consider selling";
    }
}
