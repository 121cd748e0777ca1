package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SessionServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final AccountId ALICE = new AccountId(7);

    /** Tokens that spell out their claims; enough to see what the services pass. */
    private static final class PlainTokens implements SessionTokenPort {
        @Override
        public String issue(SessionClaims claims) {
            return claims.account().value() + ":" + claims.generation() + ":" + claims.sessionId() + ":"
                    + claims.expiresAt().getEpochSecond();
        }

        @Override
        public Optional<SessionClaims> verify(String token, Instant now) {
            String[] parts = token.split(":", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            return now.isBefore(expiry) ? Optional.of(new SessionClaims(new AccountId(Long.parseLong(parts[0])),
                    Long.parseLong(parts[1]), parts[2], expiry)) : Optional.empty();
        }
    }

    /** The store: generations and ended sessions per account, and how often it was read. */
    private static final class Standings implements SessionStandingStorePort {
        final Map<AccountId, Long> generations = new HashMap<>();
        final Map<AccountId, Set<String>> ended = new HashMap<>();
        int reads;

        @Override
        public Optional<SessionStanding> standing(AccountId account, Instant now) {
            reads++;
            return Optional.ofNullable(generations.get(account))
                    .map(generation -> new SessionStanding(generation, ended.getOrDefault(account, Set.of())));
        }

        @Override
        public void endSession(AccountId account, String sessionId, Instant expiresAt, Instant now) {
            ended.computeIfAbsent(account, a -> new HashSet<>()).add(sessionId);
        }

        @Override
        public void endAllSessions(AccountId account) {
            generations.merge(account, 1L, Long::sum);
            ended.remove(account);
        }
    }

    /** A cache that keeps what it loads until forgotten, and lists what was forgotten. */
    private static final class Cache implements SessionStandingCachePort {
        final Map<AccountId, Optional<SessionStanding>> entries = new HashMap<>();
        final List<AccountId> forgotten = new ArrayList<>();

        @Override
        public Optional<SessionStanding> standing(AccountId account, Function<AccountId, Optional<SessionStanding>> load) {
            return entries.computeIfAbsent(account, load);
        }

        @Override
        public void forget(AccountId account) {
            forgotten.add(account);
            entries.remove(account);
        }
    }

    private final PlainTokens tokens = new PlainTokens();
    private final Standings store = new Standings();
    private final Cache cache = new Cache();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final StartSessionService start = new StartSessionService(tokens, store, new SecureRandom(), clock);
    private final ResolveSessionService resolve = new ResolveSessionService(tokens, store, cache, clock);
    private final EndSessionService end = new EndSessionService(tokens, store, cache, clock);
    private final EndAllSessionsService endAll = new EndAllSessionsService(store, cache);

    SessionServicesTest() {
        store.generations.put(ALICE, 0L);
    }

    private ResolveSessionService resolveAt(Instant when) {
        return new ResolveSessionService(tokens, store, cache, Clock.fixed(when, ZoneOffset.UTC));
    }

    @Test
    void a_started_session_lasts_30_days_and_resolves_to_its_account_until_then() {
        SessionToken token = start.start(ALICE);

        assertThat(token.lifetime()).isEqualTo(Duration.ofDays(30));
        SessionClaims claims = tokens.verify(token.value(), NOW).orElseThrow();
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(claims.sessionId()).hasSize(22);
        assertThat(resolveAt(NOW.plus(Duration.ofDays(29))).resolve(token.value())).contains(ALICE);
        assertThat(resolveAt(NOW.plus(Duration.ofDays(30))).resolve(token.value())).isEmpty();
    }

    @Test
    void each_session_gets_its_own_id_and_the_generation_of_its_start() {
        store.generations.put(ALICE, 4L);
        SessionClaims first = tokens.verify(start.start(ALICE).value(), NOW).orElseThrow();
        SessionClaims second = tokens.verify(start.start(ALICE).value(), NOW).orElseThrow();
        assertThat(first.generation()).isEqualTo(4);
        assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
    }

    @Test
    void a_logout_ends_that_session_everywhere_and_leaves_the_others() {
        String laptop = start.start(ALICE).value();
        String phone = start.start(ALICE).value();
        assertThat(resolve.resolve(laptop)).contains(ALICE);

        end.endSession(laptop);

        assertThat(cache.forgotten).containsExactly(ALICE);
        assertThat(resolve.resolve(laptop)).as("a copy of the cookie").isEmpty();
        assertThat(resolve.resolve(phone)).contains(ALICE);
    }

    @Test
    void ending_all_sessions_refuses_every_earlier_token_but_not_a_session_started_after() {
        String before = start.start(ALICE).value();
        assertThat(resolve.resolve(before)).contains(ALICE);

        endAll.endAllSessions(ALICE);

        assertThat(resolve.resolve(before)).isEmpty();
        String after = start.start(ALICE).value();
        assertThat(resolve.resolve(after)).contains(ALICE);
    }

    @Test
    void a_token_without_a_session_id_cannot_be_singled_out_so_its_logout_ends_them_all() {
        String old = tokens.issue(new SessionClaims(ALICE, 0, "", NOW.plus(Duration.ofDays(3))));
        String other = start.start(ALICE).value();
        assertThat(resolve.resolve(old)).contains(ALICE);

        end.endSession(old);

        assertThat(resolve.resolve(old)).isEmpty();
        assertThat(resolve.resolve(other)).isEmpty();
        assertThat(store.generations.get(ALICE)).isEqualTo(1);
    }

    @Test
    void one_logout_beyond_the_listed_maximum_ends_all_sessions_instead_of_growing_the_list() {
        for (int i = 0; i < SessionStanding.MAX_ENDED_SESSIONS; i++) {
            end.endSession(start.start(ALICE).value());
        }
        assertThat(store.ended.get(ALICE)).hasSize(SessionStanding.MAX_ENDED_SESSIONS);
        String survivor = start.start(ALICE).value();

        end.endSession(start.start(ALICE).value());

        assertThat(store.generations.get(ALICE)).isEqualTo(1);
        assertThat(store.ended).doesNotContainKey(ALICE);
        assertThat(resolve.resolve(survivor)).isEmpty();
    }

    @Test
    void resolving_reads_the_store_once_until_the_standing_is_forgotten() {
        String token = start.start(ALICE).value();
        int readsBefore = store.reads;
        resolve.resolve(token);
        resolve.resolve(token);
        assertThat(store.reads - readsBefore).isEqualTo(1);

        cache.forget(ALICE);
        resolve.resolve(token);
        assertThat(store.reads - readsBefore).isEqualTo(2);
    }

    @Test
    void ending_a_forged_expired_or_already_ended_session_changes_nothing() {
        String token = start.start(ALICE).value();
        end.endSession(token);
        cache.forgotten.clear();

        end.endSession(token);
        end.endSession("garbage");
        end.endSession(null);
        end.endSession(tokens.issue(new SessionClaims(ALICE, 0, "x".repeat(22), NOW.minusSeconds(1))));

        assertThat(cache.forgotten).isEmpty();
        assertThat(store.ended.get(ALICE)).hasSize(1);
    }

    @Test
    void the_session_of_an_account_that_no_longer_exists_is_no_session() {
        String token = start.start(ALICE).value();
        store.generations.remove(ALICE);
        cache.forget(ALICE);
        assertThat(resolve.resolve(token)).isEmpty();
    }

    @Test
    void a_missing_or_blank_token_is_no_session() {
        assertThat(resolve.resolve(null)).isEmpty();
        assertThat(resolve.resolve(" ")).isEmpty();
    }
}
