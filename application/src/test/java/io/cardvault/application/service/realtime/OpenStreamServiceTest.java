package io.cardvault.application.service.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.realtime.ConnectionSlot;
import io.cardvault.application.port.in.realtime.OpenStreamCommand;
import io.cardvault.application.port.in.realtime.StreamAdmission;
import io.cardvault.application.port.in.realtime.StreamAdmission.Reason;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.InMemoryConnectionSlots;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.realtime.Listener;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenStreamServiceTest {

    private static final String PRO_KEY = "csm_pro";
    private static final String FREE_KEY = "csm_free";

    private final Map<Long, Account> stored = Map.of(
            1L, account(1, Tier.PRO), 2L, account(2, Tier.FREE));
    private final AccountStorePort accounts = new AccountStorePort() {
        @Override
        public Account add(Account account) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Optional<Account> findById(AccountId id) {
            return Optional.ofNullable(stored.get(id.value()));
        }

        @Override
        public Map<AccountId, Account> findByIds(Collection<AccountId> ids) {
            Map<AccountId, Account> found = new HashMap<>();
            ids.forEach(id -> findById(id).ifPresent(account -> found.put(id, account)));
            return found;
        }

        @Override
        public Optional<Account> findByUsername(Username username) {
            return Optional.empty();
        }

        @Override
        public Optional<Account> findByEmail(EmailAddress email) {
            return Optional.empty();
        }

        @Override
        public void update(Account account) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public java.util.List<AccountId> findDeletionsRequestedBefore(Instant requestedBefore, int limit) {
            return java.util.List.of();
        }

        @Override
        public void delete(AccountId id) {
            throw new UnsupportedOperationException("read only");
        }
    };
    private boolean quotaLeft = true;
    private final CheckRateLimitUseCase rateLimits = new CheckRateLimitUseCase() {
        @Override
        public RateLimitDecision check(ApiCaller caller) {
            return decision();
        }

        @Override
        public RateLimitDecision checkAnonymous(String clientAddress) {
            return decision();
        }

        @Override
        public RateLimitDecision checkPlan(ApiCaller caller) {
            return decision();
        }
    };
    private final InMemoryConnectionSlots slots = new InMemoryConnectionSlots();
    private final OpenStreamService service = new OpenStreamService(
            key -> switch (key) {
                case PRO_KEY -> new ApiCaller(new AccountId(1), new ApiKeyId(11), Tier.PRO, Tier.PRO);
                case FREE_KEY -> new ApiCaller(new AccountId(2), new ApiKeyId(22), Tier.FREE, Tier.FREE);
                default -> throw new InvalidCredentialsException("Invalid or revoked API key");
            },
            rateLimits, token -> token.equals("good-cookie") ? Optional.of(new AccountId(2)) : Optional.empty(),
            accounts, slots, new RealtimePolicy(2));

    private static Account account(long id, Tier tier) {
        return Account.reconstitute(new AccountId(id), new Username("user" + id), new EmailAddress("u" + id + "@example.com"),
                new PasswordHash("$2a$11$abcdefghijklmnopqrstuv"), tier, null, null, false, false, Instant.EPOCH, null);
    }

    private RateLimitDecision decision() {
        return new RateLimitDecision(quotaLeft, 10, quotaLeft ? 9 : 0, 0, quotaLeft ? 0 : 42);
    }

    private static OpenStreamCommand command(StreamEndpoint endpoint, String key, String cookie) {
        return new OpenStreamCommand(endpoint, Optional.ofNullable(key), true, Optional.ofNullable(cookie), "198.51.100.7");
    }

    @Test
    void the_developer_stream_needs_a_valid_key_of_a_pro_account() {
        assertThat(service.open(command(StreamEndpoint.DEVELOPER_STREAM, null, "good-cookie")))
                .isEqualTo(new StreamAdmission.Refused(Reason.KEY_REQUIRED, "api_key required"));
        assertThat(((StreamAdmission.Refused) service.open(command(StreamEndpoint.DEVELOPER_STREAM, "csm_nope", null))).reason())
                .isEqualTo(Reason.INVALID_KEY);
        assertThat(((StreamAdmission.Refused) service.open(command(StreamEndpoint.DEVELOPER_STREAM, FREE_KEY, null))).reason())
                .isEqualTo(Reason.TIER_TOO_LOW);
        assertThat(service.open(command(StreamEndpoint.DEVELOPER_STREAM, PRO_KEY, null))).isEqualTo(new StreamAdmission.Admitted(
                Listener.account(new AccountId(1), Tier.PRO, true), new ConnectionSlot("key:11")));
    }

    @Test
    void the_general_channel_takes_a_key_a_session_or_nobody() {
        assertThat(service.open(command(StreamEndpoint.GENERAL_CHANNEL, FREE_KEY, null)))
                .isEqualTo(new StreamAdmission.Admitted(Listener.account(new AccountId(2), Tier.FREE, true), new ConnectionSlot("key:22")));
        assertThat(service.open(command(StreamEndpoint.GENERAL_CHANNEL, null, "good-cookie")))
                .isEqualTo(new StreamAdmission.Admitted(Listener.account(new AccountId(2), Tier.FREE, true), new ConnectionSlot("account:2")));
        assertThat(service.open(command(StreamEndpoint.GENERAL_CHANNEL, null, "forged")))
                .isEqualTo(new StreamAdmission.Admitted(Listener.anonymous(), new ConnectionSlot("ip:198.51.100.7")));
    }

    @Test
    void a_late_key_does_not_open_private_topics() {
        StreamAdmission admission = service.open(new OpenStreamCommand(StreamEndpoint.DEVELOPER_STREAM, Optional.of(PRO_KEY),
                false, Optional.empty(), "198.51.100.7"));
        assertThat(((StreamAdmission.Admitted) admission).listener().privateTopicsAllowed()).isFalse();
    }

    @Test
    void connections_per_holder_are_capped_and_closing_frees_a_slot() {
        service.open(command(StreamEndpoint.DEVELOPER_STREAM, PRO_KEY, null));
        service.open(command(StreamEndpoint.DEVELOPER_STREAM, PRO_KEY, null));
        StreamAdmission third = service.open(command(StreamEndpoint.DEVELOPER_STREAM, PRO_KEY, null));
        assertThat(third).isEqualTo(new StreamAdmission.Refused(Reason.TOO_MANY_CONNECTIONS, "too many connections (max 2 at once)"));
        new CloseStreamService(slots).close(new ConnectionSlot("key:11"));
        assertThat(service.open(command(StreamEndpoint.DEVELOPER_STREAM, PRO_KEY, null)))
                .isInstanceOf(StreamAdmission.Admitted.class);
    }

    @Test
    void a_connection_over_the_quota_is_refused_and_takes_no_slot() {
        quotaLeft = false;
        assertThat(service.open(command(StreamEndpoint.GENERAL_CHANNEL, null, null))).isEqualTo(
                new StreamAdmission.Refused(Reason.QUOTA_EXCEEDED, "Rate limit exceeded. Retry after 42 seconds."));
        assertThat(slots.empty()).isTrue();
    }
}
