package io.cardvault.domain.platform;

import java.util.Locale;

/** The kinds of value a platform setting holds. */
public enum SettingType {
    DECIMAL,
    TEXT,
    FLAG;

    /** The JSON name ({@code decimal}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
