package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.ApiKeyLimitReachedException;
import io.cardvault.application.port.in.account.ApiKeyNotFoundException;
import io.cardvault.application.port.in.account.CreateApiKeyCommand;
import io.cardvault.application.port.in.account.CreatedApiKey;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.UpdateApiKeyCommand;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating, renaming, revoking and authenticating API keys, on the in-memory account store. */
class ApiKeyServicesTest {

    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final CreateApiKeyService create = new CreateApiKeyService(store, store, new SecureRandom(), CLOCK);
    private final UpdateApiKeyService update = new UpdateApiKeyService(store);
    private final RevokeApiKeyService revoke = new RevokeApiKeyService(store);
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(store, store, CLOCK);

    private AccountId account(String name, Tier tier) {
        AccountId id = store.add(Account.register(new Username(name), new EmailAddress(name + "@example.com"),
                new PasswordHash("x"), null, null, NOW)).requireId();
        store.changeTier(id, tier);
        return id;
    }

    @Test
    void a_created_key_is_stored_as_hash_and_prefix_and_authenticates_with_its_secret() {
        AccountId alice = account("alice", Tier.PRO);

        CreatedApiKey created = create.create(new CreateApiKeyCommand(alice, "ci", Tier.STARTER, null));

        ApiKey stored = store.findById(created.key().requireId()).orElseThrow();
        assertThat(stored.hash()).isEqualTo(created.secret().hash());
        assertThat(stored.prefix()).isEqualTo(created.secret().prefix());
        ApiCaller caller = authenticate.authenticate(created.secret().value());
        assertThat(caller.account()).isEqualTo(alice);
        assertThat(caller.keyTier()).isEqualTo(Tier.STARTER);
        assertThat(caller.accountTier()).isEqualTo(Tier.PRO);
    }

    @Test
    void the_tier_caps_the_keys_an_account_holds_and_never_grants_a_higher_tier() {
        AccountId free = account("free-user", Tier.FREE);
        create.create(new CreateApiKeyCommand(free, "one", null, null));

        assertThatThrownBy(() -> create.create(new CreateApiKeyCommand(free, "two", null, null)))
                .isInstanceOf(ApiKeyLimitReachedException.class).hasMessageContaining("1 API key;");
        AccountId starter = account("starter-user", Tier.STARTER);
        assertThatThrownBy(() -> create.create(new CreateApiKeyCommand(starter, "pro", Tier.PRO, null)))
                .isInstanceOf(InvalidAccountDataException.class);
        assertThat(store.findByOwner(free)).hasSize(1);
        assertThat(store.findByOwner(starter)).isEmpty();
    }

    @Test
    void an_unknown_owner_cannot_create_a_key() {
        assertThatThrownBy(() -> create.create(new CreateApiKeyCommand(new AccountId(99), "k", null, null)))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void a_deactivated_or_expired_key_no_longer_authenticates_and_a_reactivated_one_does() {
        AccountId bob = account("bob", Tier.STARTER);
        CreatedApiKey key = create.create(new CreateApiKeyCommand(bob, "k", null, null));
        CreatedApiKey expiring = create.create(new CreateApiKeyCommand(bob, "soon", null, NOW.plus(Duration.ofHours(1))));

        ApiKey renamed = update.update(new UpdateApiKeyCommand(bob, key.key().requireId(), Optional.of("renamed"),
                Optional.of(false)));
        assertThat(renamed.name()).isEqualTo("renamed");
        assertThatThrownBy(() -> authenticate.authenticate(key.secret().value())).isInstanceOf(InvalidCredentialsException.class);
        update.update(new UpdateApiKeyCommand(bob, key.key().requireId(), Optional.empty(), Optional.of(true)));
        assertThat(authenticate.authenticate(key.secret().value()).key()).isEqualTo(key.key().requireId());
        assertThat(store.findById(key.key().requireId()).orElseThrow().name()).isEqualTo("renamed");

        AuthenticateApiKeyService later = new AuthenticateApiKeyService(store, store,
                Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.authenticate(expiring.secret().value())).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> authenticate.authenticate("not a key")).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void only_the_owner_renames_or_revokes_a_key_and_a_revoked_key_is_refused() {
        AccountId carol = account("carol", Tier.FREE);
        AccountId mallory = account("mallory", Tier.FREE);
        CreatedApiKey key = create.create(new CreateApiKeyCommand(carol, "k", null, null));

        assertThatThrownBy(() -> revoke.revoke(mallory, key.key().requireId())).isInstanceOf(ApiKeyNotFoundException.class);
        assertThatThrownBy(() -> update.update(new UpdateApiKeyCommand(mallory, key.key().requireId(),
                Optional.of("mine"), Optional.empty()))).isInstanceOf(ApiKeyNotFoundException.class);
        assertThat(authenticate.authenticate(key.secret().value()).account()).isEqualTo(carol);

        revoke.revoke(carol, key.key().requireId());

        assertThat(store.findByOwner(carol)).isEmpty();
        assertThatThrownBy(() -> authenticate.authenticate(key.secret().value())).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> revoke.revoke(carol, key.key().requireId())).isInstanceOf(ApiKeyNotFoundException.class);
    }

    @Test
    void a_key_whose_account_was_deleted_does_not_authenticate() {
        AccountId dave = account("dave", Tier.FREE);
        CreatedApiKey key = create.create(new CreateApiKeyCommand(dave, "k", null, null));

        store.delete(dave);

        assertThatThrownBy(() -> authenticate.authenticate(key.secret().value())).isInstanceOf(InvalidCredentialsException.class);
    }
}
