package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.service.account.CreateApiKeyService;
import io.cardvault.application.port.in.account.ApiKeyLimitReachedException;
import io.cardvault.application.port.in.account.CreateApiKeyCommand;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key cap under concurrency, on real MariaDB: the create-key use case over the real store, each
 * call in its own transaction as the server runs it, 16 at once for one owner.
 */
class KeyCapRaceTest {

    private static final int REQUESTS = 16;
    private static TransactionPerThread transactions;
    private static JdbcAccountStore store;
    private static ExecutorService threads;

    @BeforeAll
    static void database() {
        transactions = new TransactionPerThread(TestDatabase.fresh("key_cap_race"));
        store = new JdbcAccountStore(transactions);
        threads = Executors.newFixedThreadPool(REQUESTS);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @Test
    void sixteen_concurrent_creations_on_a_free_account_store_exactly_one_key() throws Exception {
        assertThat(raceFor("race-free", Tier.FREE)).isEqualTo(new Outcome(1, REQUESTS - 1, 1));
    }

    @Test
    void sixteen_concurrent_creations_on_a_starter_account_store_exactly_its_three() throws Exception {
        assertThat(raceFor("race-starter", Tier.STARTER)).isEqualTo(new Outcome(3, REQUESTS - 3, 3));
    }

    private record Outcome(int created, int refused, int stored) {
    }

    private Outcome raceFor(String name, Tier tier) throws Exception {
        Account owner = store.add(Account.register(new Username(name), new EmailAddress(name + "@example.com"),
                new PasswordHash("$2a$04$abcdefghijklmnopqrstuv"), null, null, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        AccountId id = owner.requireId();
        if (tier != Tier.FREE) {
            store.changeTier(id, tier);
        }
        CreateApiKeyService service = new CreateApiKeyService(store, store, new SecureRandom(), Clock.systemUTC());
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String keyName = "key " + i;
            Callable<Boolean> call = () -> {
                ready.countDown();
                go.await();
                transactions.begin();
                try {
                    service.create(new CreateApiKeyCommand(id, keyName, null, null));
                    transactions.commit();
                    return true;
                } catch (ApiKeyLimitReachedException full) {
                    transactions.rollback();
                    return false;
                }
            };
            calls.add(threads.submit(call));
        }
        ready.await();
        go.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Boolean> call : calls) {
            if (call.get()) {
                created++;
            } else {
                refused++;
            }
        }
        return new Outcome(created, refused, store.findByOwner(id).size());
    }
}
