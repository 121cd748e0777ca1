package io.cardvault.application.port.out.account;

import static io.cardvault.application.port.out.account.AccountFixtures.NOW;
import static io.cardvault.application.port.out.account.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of {@link SessionStandingStorePort}, for accounts of the same store. */
public abstract class SessionStandingStorePortContract {

    private static final String S = "s".repeat(22);
    private static final String T = "t".repeat(22);
    private static final String U = "u".repeat(22);

    protected abstract AccountStorePort accounts();

    protected abstract SessionStandingStorePort sessions();

    private AccountId signedUp(String stem) {
        return accounts().add(newAccount(stem)).requireId();
    }

    @Test
    void a_new_account_stands_fresh_and_an_unknown_one_has_no_standing() {
        assertThat(sessions().standing(signedUp("ivy"), NOW)).contains(SessionStanding.fresh());
        assertThat(sessions().standing(new AccountId(Long.MAX_VALUE / 2), NOW)).isEmpty();
    }

    @Test
    void sessions_ended_singly_are_listed_once_until_they_expire() {
        AccountId id = signedUp("jack");

        sessions().endSession(id, S, NOW.plusSeconds(60), NOW);
        sessions().endSession(id, T, NOW.plusSeconds(5), NOW);
        sessions().endSession(id, T, NOW.plusSeconds(5), NOW);

        assertThat(sessions().standing(id, NOW)).contains(new SessionStanding(0, Set.of(S, T)));
        assertThat(sessions().standing(id, NOW.plusSeconds(10))).as("an expired entry no longer counts")
                .contains(new SessionStanding(0, Set.of(S)));
    }

    @Test
    void the_next_logout_forgets_the_sessions_that_expired_meanwhile() {
        AccountId id = signedUp("kate");
        sessions().endSession(id, S, NOW.plusSeconds(60), NOW);
        sessions().endSession(id, T, NOW.plusSeconds(5), NOW);

        sessions().endSession(id, U, NOW.plusSeconds(60), NOW.plusSeconds(10));

        assertThat(sessions().standing(id, NOW)).as("read as of before T expired: T was pruned")
                .contains(new SessionStanding(0, Set.of(S, U)));
    }

    @Test
    void ending_all_sessions_moves_the_generation_on_and_clears_the_list() {
        AccountId id = signedUp("liam");
        sessions().endSession(id, S, NOW.plusSeconds(60), NOW);

        sessions().endAllSessions(id);
        assertThat(sessions().standing(id, NOW)).contains(new SessionStanding(1, Set.of()));
        sessions().endAllSessions(id);
        assertThat(sessions().standing(id, NOW)).contains(new SessionStanding(2, Set.of()));
    }

    @Test
    void a_deleted_account_has_no_standing_any_more() {
        AccountId id = signedUp("mia");
        sessions().endSession(id, S, NOW.plusSeconds(60), NOW);

        accounts().delete(id);

        assertThat(sessions().standing(id, NOW)).isEmpty();
    }
}
