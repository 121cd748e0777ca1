package io.cardvault.domain.account;

/**
 * The spec's access tags beyond "auth": {@code starter+} (Starter tier or higher, or any signed-in
 * session: the website itself), {@code pro+} (Pro tier or higher) and {@code admin}
 * ({@code is_admin} on the account). Administrators pass every gate. "Higher" is a tier whose
 * quotas cover the required one's, so the business tiers and legacy Business rank above Pro.
 */
public enum AccessRequirement {
    STARTER_PLUS("starter+", Tier.STARTER, true),
    PRO_PLUS("pro+", Tier.PRO, false),
    ADMIN("admin", null, false);

    private final String tag;
    private final Tier minimum;
    private final boolean sessionSuffices;

    AccessRequirement(String tag, Tier minimum, boolean sessionSuffices) {
        this.tag = tag;
        this.minimum = minimum;
        this.sessionSuffices = sessionSuffices;
    }

    /**
     * Whether a caller passes: {@code tier} is the credential's (a key's own tier, or the account's
     * for a session), {@code viaSession} whether a session cookie authenticated the request.
     */
    public boolean admits(Tier tier, boolean viaSession, boolean admin) {
        if (admin) {
            return true;
        }
        if (minimum == null) {
            return false;
        }
        return (viaSession && sessionSuffices) || tier.covers(minimum);
    }

    /** The 403 detail for a caller this gate refuses. */
    public String refusal() {
        return switch (this) {
            case STARTER_PLUS -> "This endpoint requires the Starter tier or higher";
            case PRO_PLUS -> "This endpoint requires the Pro tier or higher";
            case ADMIN -> "This endpoint requires an administrator account";
        };
    }

    public String tag() {
        return tag;
    }
}
