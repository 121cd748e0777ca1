package io.cardvault.domain.community;

import java.util.Locale;

/** Why something was reported, as the reporter classed it; {@link #OTHER} when they did not. */
public enum ReportCategory {
    SPAM, FRAUD, ABUSE, ILLEGAL, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportCategory parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ReportCategory category : values()) {
            if (category.name().equals(wanted)) {
                return category;
            }
        }
        throw new InvalidCommunityDataException("category", "category is one of spam, fraud, abuse, illegal, other");
    }
}
