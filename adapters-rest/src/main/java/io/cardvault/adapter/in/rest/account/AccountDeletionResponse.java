package io.cardvault.adapter.in.rest.account;

import io.cardvault.application.port.in.account.RequestAccountDeletionUseCase.ScheduledDeletion;

/** The answer to {@code POST /account/delete}: when it was requested and when it becomes final. */
public record AccountDeletionResponse(boolean ok, String deletionRequestedAt, String deleteAfter) {

    static AccountDeletionResponse from(ScheduledDeletion deletion) {
        return new AccountDeletionResponse(true, deletion.account().deletionRequestedAt().orElseThrow().toString(),
                deletion.deleteAfter().toString());
    }
}
