package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Profile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link ProfileStorePort}; each test uses accounts of its own. */
public abstract class ProfileStorePortContract {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract ProfileStorePort store();

    protected abstract AccountId anAccount();

    @Test
    void givenNothingStored_find_isEmpty() {
        assertThat(store().find(anAccount())).isEmpty();
    }

    @Test
    void givenSavedTwice_find_readsTheLatestWithItsAvatar() {
        AccountId account = anAccount();
        store().save(Profile.fresh(account).showCollection(true));
        byte[] webp = {'R', 'I', 'F', 'F', 1, 2, 3};
        store().save(Profile.fresh(account).showCollection(true).withAvatar(webp, DAY));

        Profile read = store().find(account).orElseThrow();
        assertThat(read.isCollectionPublic()).isTrue();
        assertThat(read.avatar()).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(webp));
        assertThat(read.avatarUpdatedAt()).contains(DAY);

        store().save(read.showCollection(false));
        assertThat(store().find(account).orElseThrow().isCollectionPublic()).isFalse();
        assertThat(store().find(account).orElseThrow().avatar()).isPresent();
    }
}
