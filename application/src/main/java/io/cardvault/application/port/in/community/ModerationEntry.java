package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.ModerationAction;

/** A line of the audit trail with the moderator's username. */
public record ModerationEntry(ModerationAction action, String moderatorUsername) {
}
