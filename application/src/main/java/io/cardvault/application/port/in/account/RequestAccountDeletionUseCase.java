package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import java.time.Instant;

/**
 * Use case: flag one's account for deletion ({@code confirm} must read {@code DELETE <username>},
 * else an {@code AccountDeletionException}); it is removed with its personal data once the grace
 * period has passed, unless cancelled. Signing in stays possible meanwhile.
 */
public interface RequestAccountDeletionUseCase {

    /** The flagged account and when its deletion becomes final. */
    record ScheduledDeletion(Account account, Instant deleteAfter) {
    }

    ScheduledDeletion requestDeletion(AccountId account, String confirm);
}
