package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;

/** A message with both parties' usernames, seen by one of them ({@code sent} when the viewer wrote it, else {@code received}). */
public record MessageView(Message message, String fromUsername, String toUsername, AccountId viewer) {

    public String direction() {
        return message.sender().equals(viewer) ? "sent" : "received";
    }

    /** The other party's username, seen from the viewer. */
    public String counterpart() {
        return message.sender().equals(viewer) ? toUsername : fromUsername;
    }
}
