package io.cardvault.domain.analytics;

import java.io.Serializable;

/**
 * How fast a card sells, from the sold comps of the last 30 days: ≥ 30 → tier high, "Hot";
 * 10–29 → medium, "Active"; 1–9 → low, "Slow"; 0 → none, "Dormant".
 */
public record Velocity(String label, int sample30d, String tier) implements Serializable {

    public static Velocity of(int soldComps30d) {
        InvalidAnalyticsInputException.require(soldComps30d >= 0, "a sales count is zero or more");
        if (soldComps30d >= 30) {
            return new Velocity("Hot", soldComps30d, "high");
        }
        if (soldComps30d >= 10) {
            return new Velocity("Active", soldComps30d, "medium");
        }
        return soldComps30d >= 1 ? new Velocity("Slow", soldComps30d, "low") : new Velocity("Dormant", 0, "none");
    }
}
