package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.account.InMemorySessionStandingCache;
import io.cardvault.application.port.out.account.InMemorySessionTokens;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Username;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final InMemorySessionTokens tokens = new InMemorySessionTokens();
    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final InMemorySessionStandingCache cache = new InMemorySessionStandingCache();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final StartSessionService start = new StartSessionService(tokens, store, new SecureRandom(), clock);
    private final ResolveSessionService resolve = new ResolveSessionService(tokens, store, cache, clock);
    private final EndSessionService end = new EndSessionService(tokens, store, cache, clock);
    private final EndAllSessionsService endAll = new EndAllSessionsService(store, cache);
    private final AccountId alice = store.add(Account.register(new Username("alice"),
            new EmailAddress("alice@example.com"), new PasswordHash("x"), null, null, NOW)).requireId();

    private ResolveSessionService resolveAt(Instant when) {
        return new ResolveSessionService(tokens, store, cache, Clock.fixed(when, ZoneOffset.UTC));
    }

    private SessionStanding standing() {
        return store.standing(alice, NOW).orElseThrow();
    }

    @Test
    void a_started_session_lasts_30_days_and_resolves_to_its_account_until_then() {
        SessionToken token = start.start(alice);

        assertThat(token.lifetime()).isEqualTo(Duration.ofDays(30));
        SessionClaims claims = tokens.verify(token.value(), NOW).orElseThrow();
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(claims.sessionId()).hasSize(22);
        assertThat(resolveAt(NOW.plus(Duration.ofDays(29))).resolve(token.value())).contains(alice);
        assertThat(resolveAt(NOW.plus(Duration.ofDays(30))).resolve(token.value())).isEmpty();
    }

    @Test
    void each_session_gets_its_own_id_and_the_generation_of_its_start() {
        for (int i = 0; i < 4; i++) {
            store.endAllSessions(alice);
        }
        SessionClaims first = tokens.verify(start.start(alice).value(), NOW).orElseThrow();
        SessionClaims second = tokens.verify(start.start(alice).value(), NOW).orElseThrow();
        assertThat(first.generation()).isEqualTo(4);
        assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
    }

    @Test
    void a_logout_ends_that_session_everywhere_and_leaves_the_others() {
        String laptop = start.start(alice).value();
        String phone = start.start(alice).value();
        assertThat(resolve.resolve(laptop)).contains(alice);

        end.endSession(laptop);

        assertThat(cache.forgotten()).containsExactly(alice);
        assertThat(resolve.resolve(laptop)).as("a copy of the cookie").isEmpty();
        assertThat(resolve.resolve(phone)).contains(alice);
    }

    @Test
    void ending_all_sessions_refuses_every_earlier_token_but_not_a_session_started_after() {
        String before = start.start(alice).value();
        assertThat(resolve.resolve(before)).contains(alice);

        endAll.endAllSessions(alice);

        assertThat(resolve.resolve(before)).isEmpty();
        String after = start.start(alice).value();
        assertThat(resolve.resolve(after)).contains(alice);
    }

    @Test
    void a_token_without_a_session_id_cannot_be_singled_out_so_its_logout_ends_them_all() {
        String old = tokens.issue(new SessionClaims(alice, 0, "", NOW.plus(Duration.ofDays(3))));
        String other = start.start(alice).value();
        assertThat(resolve.resolve(old)).contains(alice);

        end.endSession(old);

        assertThat(resolve.resolve(old)).isEmpty();
        assertThat(resolve.resolve(other)).isEmpty();
        assertThat(standing().generation()).isEqualTo(1);
    }

    @Test
    void one_logout_beyond_the_listed_maximum_ends_all_sessions_instead_of_growing_the_list() {
        for (int i = 0; i < SessionStanding.MAX_ENDED_SESSIONS; i++) {
            end.endSession(start.start(alice).value());
        }
        assertThat(standing().endedSessions()).hasSize(SessionStanding.MAX_ENDED_SESSIONS);
        String survivor = start.start(alice).value();

        end.endSession(start.start(alice).value());

        assertThat(standing().generation()).isEqualTo(1);
        assertThat(standing().endedSessions()).isEmpty();
        assertThat(resolve.resolve(survivor)).isEmpty();
    }

    @Test
    void resolving_reads_the_store_once_until_the_standing_is_forgotten() {
        String token = start.start(alice).value();
        int readsBefore = store.standingReads();
        resolve.resolve(token);
        resolve.resolve(token);
        assertThat(store.standingReads() - readsBefore).isEqualTo(1);

        cache.forget(alice);
        resolve.resolve(token);
        assertThat(store.standingReads() - readsBefore).isEqualTo(2);
    }

    @Test
    void ending_a_forged_expired_or_already_ended_session_changes_nothing() {
        String token = start.start(alice).value();
        end.endSession(token);
        int forgottenBefore = cache.forgotten().size();

        end.endSession(token);
        end.endSession("garbage");
        end.endSession(null);
        end.endSession(tokens.issue(new SessionClaims(alice, 0, "x".repeat(22), NOW.minusSeconds(1))));

        assertThat(cache.forgotten()).hasSize(forgottenBefore);
        assertThat(standing().endedSessions()).hasSize(1);
    }

    @Test
    void the_session_of_an_account_that_no_longer_exists_is_no_session() {
        String token = start.start(alice).value();
        store.delete(alice);
        cache.forget(alice);
        assertThat(resolve.resolve(token)).isEmpty();
    }

    @Test
    void a_missing_or_blank_token_is_no_session() {
        assertThat(resolve.resolve(null)).isEmpty();
        assertThat(resolve.resolve(" ")).isEmpty();
    }
}
