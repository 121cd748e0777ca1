package io.cardvault.application.port.in.community;

/** Use case (administrators only, checked by the caller's adapter): the open reports with their targets, and the audit trail. */
public interface LoadModerationQueueUseCase {

    int QUEUE_LIMIT = 200;
    int TRAIL_LIMIT = 100;

    ModerationQueue load();
}
