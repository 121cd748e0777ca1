package io.cardvault.it.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.ApiKeyLimitReachedException;
import io.cardvault.application.port.in.account.CreateApiKeyCommand;
import io.cardvault.application.port.in.account.CreateApiKeyUseCase;
import io.cardvault.application.port.in.account.CreatedApiKey;
import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account use cases end to end inside Liberty: the real services (each one JTA transaction, as
 * {@code @UseCase} makes it) over the JPA adapter and the bcrypt hasher on MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class AccountUseCasesInContainerIT {

    private static final int REQUESTS = 16;

    @Inject
    RegisterAccountUseCase register;

    @Inject
    CreateApiKeyUseCase createKey;

    @Inject
    TransactionalAccountPorts ports;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService threads;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(AccountUseCasesInContainerIT.class);
    }

    private static RegisterAccountCommand signUp(String name) {
        return new RegisterAccountCommand(new Username(name), new EmailAddress(name + "@example.com"),
                "correct horse battery", null, "nl");
    }

    @Test
    void a_sign_up_and_its_first_key_are_stored_and_the_key_is_found_by_its_secret() {
        Account account = register.register(signUp(AccountFixtures.uniqueName("signup")));

        CreatedApiKey created = createKey.create(new CreateApiKeyCommand(account.requireId(), "first", null, null));

        assertThat(ports.findById(account.requireId()).flatMap(Account::country)).contains("NL");
        assertThat(ports.findByHash(created.secret().hash())).hasValueSatisfying(key -> {
            assertThat(key.owner()).isEqualTo(account.requireId());
            assertThat(key.tier()).isEqualTo(Tier.FREE);
        });
        assertThatThrownBy(() -> createKey.create(new CreateApiKeyCommand(account.requireId(), "second", null, null)))
                .as("Free holds one key").isInstanceOf(ApiKeyLimitReachedException.class);
    }

    @Test
    void when_a_later_step_fails_the_transaction_leaves_neither_the_account_nor_a_key() throws Exception {
        String name = AccountFixtures.uniqueName("halfway");

        transaction.begin();
        try {
            Account account = register.register(signUp(name));
            assertThat(ports.findByUsername(account.username())).as("visible inside the transaction").isPresent();
            // a Free account may not issue a Pro key: the key step fails after the account row was written
            assertThatThrownBy(() -> createKey.create(new CreateApiKeyCommand(account.requireId(), "pro", Tier.PRO, null)))
                    .isInstanceOf(InvalidAccountDataException.class);
            assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_MARKED_ROLLBACK);
        } finally {
            transaction.rollback();
        }

        assertThat(ports.findByUsername(new Username(name))).isEmpty();
        assertThat(ports.findByEmail(new EmailAddress(name + "@example.com"))).isEmpty();
    }

    @Test
    void sixteen_concurrent_key_creations_store_exactly_the_tiers_cap() throws Exception {
        assertThat(race(Tier.FREE)).isEqualTo(new Outcome(1, REQUESTS - 1, 1));
        assertThat(race(Tier.STARTER)).isEqualTo(new Outcome(3, REQUESTS - 3, 3));
    }

    private record Outcome(int created, int refused, int stored) {
    }

    /** Sixteen creations for one owner released at once, each its own use case and transaction. */
    private Outcome race(Tier tier) throws Exception {
        AccountId owner = register.register(signUp(AccountFixtures.uniqueName("race"))).requireId();
        ports.changeTier(owner, tier);
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String keyName = "key " + i;
            calls.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    createKey.create(new CreateApiKeyCommand(owner, keyName, null, null));
                    return true;
                } catch (ApiKeyLimitReachedException full) {
                    return false;
                }
            }));
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("all sixteen at the start line").isTrue();
        go.countDown();
        int created = 0;
        for (Future<Boolean> call : calls) {
            created += call.get() ? 1 : 0;
        }
        return new Outcome(created, REQUESTS - created, ports.findByOwner(owner).size());
    }
}
