package io.cardvault.application.port.in.community;

/** The conversation with one other account as the inbox lists it: its newest message, how many in all and how many unread. */
public record MessageThread(String username, MessageView latest, int messages, int unread) {
}
