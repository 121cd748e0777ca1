package io.cardvault.domain.community;

/** A moderator asked to hide a target that has no public read to leave (a user). Code {@code not_hideable}. */
public final class TargetNotHideableException extends CommunityRejection {

    private static final long serialVersionUID = 1L;

    public TargetNotHideableException(ReportTarget target) {
        super("not_hideable", "a reported " + target.code() + " cannot be hidden, only dismissed");
    }
}
