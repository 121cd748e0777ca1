package io.cardvault.domain.platform;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every platform setting an administrator may change: its type, its allowed range, whether
 * everyone may read it ({@code GET /api/settings/public}) and its value until someone sets one.
 * The spec names the public four (fees, payout floor, announcement); the payout cap is the
 * "payout caps" its prose mentions. A setting not listed here does not exist: no free-form keys.
 */
public enum PlatformSettingKey {

    SELLER_FEE_PCT(SettingType.DECIMAL, true, new SettingValue.Decimal(new BigDecimal("5.0")), "0", "100", 0),
    BUYER_PROTECTION_PCT(SettingType.DECIMAL, true, new SettingValue.Decimal(new BigDecimal("0.0")), "0", "100", 0),
    MIN_PAYOUT_EUR(SettingType.DECIMAL, true, new SettingValue.Decimal(new BigDecimal("25.0")), "0", "1000000", 0),
    MAX_PAYOUT_EUR(SettingType.DECIMAL, true, new SettingValue.Decimal(new BigDecimal("10000.0")), "0", "1000000", 0),
    SITE_ANNOUNCEMENT(SettingType.TEXT, true, new SettingValue.None(), null, null, 500);

    /** Fraction digits a decimal setting keeps (percentages like 2.75, euro amounts with cents). */
    private static final int MAX_SCALE = 2;

    private final SettingType type;
    private final boolean publicValue;
    private final SettingValue defaultValue;
    private final BigDecimal min;
    private final BigDecimal max;
    private final int maxLength;

    PlatformSettingKey(SettingType type, boolean publicValue, SettingValue defaultValue, String min, String max, int maxLength) {
        this.type = type;
        this.publicValue = publicValue;
        this.defaultValue = defaultValue;
        this.min = min == null ? null : new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
        this.maxLength = maxLength;
    }

    /** The name in URLs and JSON ({@code seller_fee_pct}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public SettingType type() {
        return type;
    }

    public boolean isPublic() {
        return publicValue;
    }

    public SettingValue defaultValue() {
        return defaultValue;
    }

    public static Optional<PlatformSettingKey> fromCode(String code) {
        return Arrays.stream(values()).filter(key -> key.code().equals(code)).findFirst();
    }

    /**
     * The value, checked against this setting's type and range; a text is stripped, and an empty
     * one is none. Throws {@link InvalidPlatformDataException} on field {@code value} otherwise.
     */
    public SettingValue validate(SettingValue value) {
        if (value == null) {
            throw new InvalidPlatformDataException("value", code() + " needs a value");
        }
        return switch (type) {
            case DECIMAL -> decimal(value);
            case TEXT -> text(value);
            case FLAG -> {
                if (!(value instanceof SettingValue.Flag)) {
                    throw new InvalidPlatformDataException("value", code() + " is true or false");
                }
                yield value;
            }
        };
    }

    private SettingValue decimal(SettingValue value) {
        if (!(value instanceof SettingValue.Decimal decimal)) {
            throw new InvalidPlatformDataException("value", code() + " is a number");
        }
        BigDecimal amount = decimal.amount();
        if (amount.compareTo(min) < 0 || amount.compareTo(max) > 0) {
            throw new InvalidPlatformDataException("value",
                    code() + " must be between " + min.toPlainString() + " and " + max.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new InvalidPlatformDataException("value", code() + " has at most " + MAX_SCALE + " decimals");
        }
        return value;
    }

    private SettingValue text(SettingValue value) {
        if (value instanceof SettingValue.None) {
            return value;
        }
        if (!(value instanceof SettingValue.Text text)) {
            throw new InvalidPlatformDataException("value", code() + " is a text or null");
        }
        String stripped = text.text().strip();
        if (stripped.isEmpty()) {
            return new SettingValue.None();
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidPlatformDataException("value", code() + " has at most " + maxLength + " characters");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidPlatformDataException("value", code() + " holds no control characters but line breaks");
        }
        return new SettingValue.Text(stripped);
    }

    /** A stored text back to this setting's value; null is none. A row this build cannot read falls back to the default. */
    public SettingValue fromStoredText(String stored) {
        if (stored == null) {
            return type == SettingType.TEXT ? new SettingValue.None() : defaultValue;
        }
        try {
            return switch (type) {
                case DECIMAL -> new SettingValue.Decimal(new BigDecimal(stored));
                case TEXT -> new SettingValue.Text(stored);
                case FLAG -> new SettingValue.Flag(Boolean.parseBoolean(stored));
            };
        } catch (NumberFormatException unreadable) {
            return defaultValue;
        }
    }
}
