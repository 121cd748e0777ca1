package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.DeviceToken;
import io.cardvault.domain.platform.PushDevice;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of {@link PushDeviceStorePort}; each test uses accounts and tokens of its own. */
public abstract class PushDeviceStorePortContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract PushDeviceStorePort store();

    /** An account the store may hold devices of (the real store's rows reference an existing account). */
    protected abstract AccountId anOwner();

    private static DeviceToken aToken() {
        return new DeviceToken("fcm:" + UUID.randomUUID() + UUID.randomUUID());
    }

    @Test
    void givenARegisteredDevice_findFor_answersIt() {
        AccountId owner = anOwner();
        PushDevice phone = new PushDevice(owner, AppPlatform.ANDROID, aToken(), Optional.of("1.10.0"), NOW);
        store().register(phone);

        assertThat(store().findFor(owner)).containsExactly(phone);
    }

    @Test
    void givenATokenRegisteredAgain_register_refreshesTheOneDevice() {
        AccountId owner = anOwner();
        DeviceToken token = aToken();
        store().register(new PushDevice(owner, AppPlatform.IOS, token, Optional.of("1.0.0"), NOW.minusSeconds(60)));
        PushDevice refreshed = new PushDevice(owner, AppPlatform.IOS, token, Optional.of("1.1.0"), NOW);
        store().register(refreshed);

        assertThat(store().findFor(owner)).containsExactly(refreshed);
    }

    @Test
    void givenATokenRegisteredByAnotherAccount_register_movesItToTheNewOwner() {
        AccountId before = anOwner();
        AccountId after = anOwner();
        DeviceToken token = aToken();
        store().register(new PushDevice(before, AppPlatform.ANDROID, token, Optional.empty(), NOW.minusSeconds(60)));
        store().register(new PushDevice(after, AppPlatform.ANDROID, token, Optional.empty(), NOW));

        assertThat(store().findFor(before)).isEmpty();
        assertThat(store().findFor(after)).extracting(PushDevice::token).containsExactly(token);
    }

    @Test
    void givenTheOwnersDevice_remove_forgetsItAndAnswersTrue() {
        AccountId owner = anOwner();
        DeviceToken kept = aToken();
        DeviceToken removed = aToken();
        store().register(new PushDevice(owner, AppPlatform.ANDROID, kept, Optional.empty(), NOW.minusSeconds(1)));
        store().register(new PushDevice(owner, AppPlatform.IOS, removed, Optional.empty(), NOW));

        assertThat(store().remove(owner, removed)).isTrue();
        assertThat(store().findFor(owner)).extracting(PushDevice::token).containsExactly(kept);
    }

    @Test
    void givenAnotherAccountsDevice_remove_leavesItAndAnswersFalse() {
        AccountId owner = anOwner();
        DeviceToken token = aToken();
        store().register(new PushDevice(owner, AppPlatform.ANDROID, token, Optional.empty(), NOW));

        assertThat(store().remove(anOwner(), token)).isFalse();
        assertThat(store().findFor(owner)).hasSize(1);
    }

    @Test
    void givenSeveralDevices_findFor_listsThemOldestFirst() {
        AccountId owner = anOwner();
        DeviceToken newer = aToken();
        DeviceToken older = aToken();
        store().register(new PushDevice(owner, AppPlatform.ANDROID, newer, Optional.empty(), NOW));
        store().register(new PushDevice(owner, AppPlatform.IOS, older, Optional.empty(), NOW.minusSeconds(3600)));

        assertThat(store().findFor(owner)).extracting(PushDevice::token).containsExactly(older, newer);
    }
}
