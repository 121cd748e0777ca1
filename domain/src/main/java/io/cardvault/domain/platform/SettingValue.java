package io.cardvault.domain.platform;

import java.math.BigDecimal;
import java.util.Objects;

/** A platform setting's value, typed: a decimal, a text, a flag, or none (a text setting left empty). */
public sealed interface SettingValue {

    /** The value as it is stored: plain decimal digits, the text itself, {@code true}/{@code false}; none has no text. */
    String storedText();

    record Decimal(BigDecimal amount) implements SettingValue {
        public Decimal {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public String storedText() {
            return amount.toPlainString();
        }
    }

    record Text(String text) implements SettingValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String storedText() {
            return text;
        }
    }

    record Flag(boolean on) implements SettingValue {
        @Override
        public String storedText() {
            return Boolean.toString(on);
        }
    }

    /** No value: only settings that allow it (an announcement nobody set). */
    record None() implements SettingValue {
        @Override
        public String storedText() {
            return null;
        }
    }
}
