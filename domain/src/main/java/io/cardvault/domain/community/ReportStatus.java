package io.cardvault.domain.community;

import java.util.Locale;

/** Where a report stands: open until a moderator hid its target or dismissed it. */
public enum ReportStatus {
    OPEN, HIDDEN, DISMISSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
