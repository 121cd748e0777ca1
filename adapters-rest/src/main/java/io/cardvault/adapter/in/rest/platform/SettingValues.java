package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.InvalidPlatformDataException;
import io.cardvault.domain.platform.SettingValue;
import java.math.BigDecimal;

/** Setting values to and from JSON: numbers, strings, booleans and null. */
final class SettingValues {

    private SettingValues() {
    }

    /** What the JSON value becomes; the setting's key then checks its type and range. */
    static SettingValue fromJson(Object json) {
        if (json == null) {
            return new SettingValue.None();
        }
        if (json instanceof BigDecimal number) {
            return new SettingValue.Decimal(number);
        }
        if (json instanceof Number number) {
            return new SettingValue.Decimal(new BigDecimal(number.toString()));
        }
        if (json instanceof String text) {
            return new SettingValue.Text(text);
        }
        if (json instanceof Boolean flag) {
            return new SettingValue.Flag(flag);
        }
        throw new InvalidPlatformDataException("value", "a setting's value is a number, a string, a boolean or null");
    }

    /** The value as JSON writes it. */
    static Object toJson(SettingValue value) {
        if (value instanceof SettingValue.Decimal decimal) {
            return decimal.amount();
        }
        if (value instanceof SettingValue.Text text) {
            return text.text();
        }
        if (value instanceof SettingValue.Flag flag) {
            return flag.on();
        }
        return null;
    }
}
