package io.cardvault.application.port.in.community;

import java.util.List;

/** The open reports, oldest first, and the newest decisions taken on reports. */
public record ModerationQueue(List<ReportView> open, List<ModerationEntry> trail) {

    public ModerationQueue {
        open = List.copyOf(open);
        trail = List.copyOf(trail);
    }
}
