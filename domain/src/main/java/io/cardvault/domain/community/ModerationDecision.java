package io.cardvault.domain.community;

import java.util.Locale;

/** What a moderator does with an open report: take its target out of public reads, or leave it and close the report. */
public enum ModerationDecision {
    HIDE(ReportStatus.HIDDEN), DISMISS(ReportStatus.DISMISSED);

    private final ReportStatus outcome;

    ModerationDecision(ReportStatus outcome) {
        this.outcome = outcome;
    }

    public ReportStatus outcome() {
        return outcome;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModerationDecision parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ModerationDecision decision : values()) {
            if (decision.name().equals(wanted)) {
                return decision;
            }
        }
        throw new InvalidCommunityDataException("action", "action is hide or dismiss");
    }
}
