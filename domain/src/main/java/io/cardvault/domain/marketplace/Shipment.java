package io.cardvault.domain.marketplace;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** How a seller sent the card: the carrier's short name ({@code postnl}, {@code dhl}) and its tracking number. */
public record Shipment(String carrier, String trackingNumber) {

    public static final int MAX_CARRIER = 40;
    public static final int MAX_TRACKING = 64;
    private static final Pattern CARRIER = Pattern.compile("[a-z0-9][a-z0-9 ._-]*");
    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]*");

    public Shipment {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        carrier = carrier.strip().toLowerCase(Locale.ROOT);
        trackingNumber = trackingNumber.strip();
        InvalidMarketplaceDataException.require(!carrier.isEmpty() && carrier.length() <= MAX_CARRIER
                && CARRIER.matcher(carrier).matches(), "carrier",
                "carrier is the carrier's short name (postnl, dhl, ups), at most " + MAX_CARRIER + " characters");
        InvalidMarketplaceDataException.require(!trackingNumber.isEmpty() && trackingNumber.length() <= MAX_TRACKING
                && TRACKING.matcher(trackingNumber).matches(), "tracking_number",
                "tracking_number is letters, digits, spaces and '-', at most " + MAX_TRACKING + " characters");
    }
}
