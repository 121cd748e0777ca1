package io.cardvault.domain.community;

import java.util.Locale;

/** What a report is about; the code is the API's {@code target_type}. Users cannot be hidden, only reported. */
public enum ReportTarget {
    FORUM_POST("forum_post", true),
    LISTING("listing", true),
    MESSAGE("message", true),
    USER("user", false);

    private final String code;
    private final boolean hideable;

    ReportTarget(String code, boolean hideable) {
        this.code = code;
        this.hideable = hideable;
    }

    public String code() {
        return code;
    }

    /** Whether a moderator can take the target out of public reads. */
    public boolean hideable() {
        return hideable;
    }

    public static ReportTarget parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ReportTarget target : values()) {
            if (target.code.equals(wanted)) {
                return target;
            }
        }
        throw new InvalidCommunityDataException("target_type", "target_type is one of forum_post, listing, message, user");
    }
}
