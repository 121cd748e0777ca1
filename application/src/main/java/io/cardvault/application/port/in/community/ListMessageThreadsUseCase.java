package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import java.util.List;

/**
 * Use case: the caller's conversations, one per other account, the most recently active first. Built
 * from the newest {@link #SCAN} messages the caller sent or received, so a conversation older than all
 * of those is not listed (it is still read in full through {@link ReadConversationUseCase}).
 */
public interface ListMessageThreadsUseCase {

    int SCAN = 1_000;

    List<MessageThread> threads(AccountId owner);
}
