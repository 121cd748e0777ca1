package io.cardvault.application.port.out.account;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New accounts for the account ports' contracts, each with a username and email no earlier run
 * used (a real store keeps its rows between runs), and times the store can keep exactly (ms).
 */
public final class AccountFixtures {

    /** Now, to the millisecond a {@code DATETIME(3)} keeps. */
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AccountFixtures() {
    }

    /** A username (at most 30 characters) starting with {@code stem}, unique across runs. */
    public static String uniqueName(String stem) {
        return stem + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A newly signed-up account, not yet stored, with a unique username and email. */
    public static Account newAccount(String stem) {
        String name = uniqueName(stem);
        return Account.register(new Username(name), new EmailAddress(name + "@example.com"),
                new PasswordHash("$2a$04$abcdefghijklmnopqrstuv"), "Name " + stem, "de", NOW);
    }
}
