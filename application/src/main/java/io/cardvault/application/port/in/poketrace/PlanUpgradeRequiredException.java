package io.cardvault.application.port.in.poketrace;

import java.util.Objects;

/** The caller's plan does not include what it asked for; the answer names the plan that does. */
public final class PlanUpgradeRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What a plan lacked. */
    public enum Need {
        /** EU cards and Cardmarket prices: Pro or Scale. */
        EU_MARKET,
        /** Graded tiers (PSA, BGS, CGC…): Pro or Scale. */
        GRADED_PRICES,
        /** The WebSocket stream: Scale. */
        STREAMING
    }

    private final Need need;

    public PlanUpgradeRequiredException(Need need) {
        super("plan upgrade required: " + Objects.requireNonNull(need, "need"));
        this.need = need;
    }

    public Need need() {
        return need;
    }
}
