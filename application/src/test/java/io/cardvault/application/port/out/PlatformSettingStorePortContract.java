package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingChange;
import io.cardvault.domain.platform.SettingValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link PlatformSettingStorePort} on a store that starts without settings for each test. */
public abstract class PlatformSettingStorePortContract {

    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** Empties the store's settings and trail. */
    protected abstract void freshStore();

    protected abstract PlatformSettingStorePort store();

    /** An account that may be named as the changer (the real store's rows reference it). */
    protected abstract AccountId anAdministrator();

    @BeforeEach
    void startEmpty() {
        freshStore();
    }

    private static SettingValue.Decimal decimal(String amount) {
        return new SettingValue.Decimal(new BigDecimal(amount));
    }

    @Test
    void givenNothingSet_find_isEmptyAndFindAllHasNothing() {
        assertThat(store().find(PlatformSettingKey.SELLER_FEE_PCT)).isEmpty();
        assertThat(store().findAll()).isEmpty();
    }

    @Test
    void givenARecordedChange_find_answersItsValueWhoAndWhen() {
        AccountId admin = anAdministrator();
        store().record(new SettingChange(PlatformSettingKey.SELLER_FEE_PCT, decimal("5.0"), decimal("6.5"), Optional.of(admin), AT));

        PlatformSetting setting = store().find(PlatformSettingKey.SELLER_FEE_PCT).orElseThrow();
        assertThat(((SettingValue.Decimal) setting.value()).amount()).isEqualByComparingTo("6.5");
        assertThat(setting.changedBy()).contains(admin);
        assertThat(setting.changedAt()).contains(AT);
        assertThat(store().findAll()).extracting(PlatformSetting::key).containsExactly(PlatformSettingKey.SELLER_FEE_PCT);
    }

    @Test
    void givenATextClearedToNone_find_answersNone() {
        AccountId admin = anAdministrator();
        store().record(new SettingChange(PlatformSettingKey.SITE_ANNOUNCEMENT, new SettingValue.None(),
                new SettingValue.Text("Maintenance at 02:00 UTC"), Optional.of(admin), AT));
        store().record(new SettingChange(PlatformSettingKey.SITE_ANNOUNCEMENT, new SettingValue.Text("Maintenance at 02:00 UTC"),
                new SettingValue.None(), Optional.of(admin), AT.plusSeconds(1)));

        assertThat(store().find(PlatformSettingKey.SITE_ANNOUNCEMENT).orElseThrow().value()).isEqualTo(new SettingValue.None());
    }

    @Test
    void givenSeveralChanges_history_answersThemNewestFirstUpToTheLimit() {
        AccountId first = anAdministrator();
        AccountId second = anAdministrator();
        store().record(new SettingChange(PlatformSettingKey.MIN_PAYOUT_EUR, decimal("25.0"), decimal("30"), Optional.of(first), AT));
        store().record(new SettingChange(PlatformSettingKey.MIN_PAYOUT_EUR, decimal("30"), decimal("35"), Optional.of(second),
                AT.plusSeconds(1)));
        store().record(new SettingChange(PlatformSettingKey.SELLER_FEE_PCT, decimal("5.0"), decimal("4"), Optional.of(first),
                AT.plusSeconds(2)));

        List<SettingChange> history = store().history(PlatformSettingKey.MIN_PAYOUT_EUR, 10);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).changedBy()).contains(second);
        assertThat(((SettingValue.Decimal) history.get(0).previous()).amount()).isEqualByComparingTo("30");
        assertThat(((SettingValue.Decimal) history.get(0).value()).amount()).isEqualByComparingTo("35");
        assertThat(history.get(1).changedBy()).contains(first);
        assertThat(store().history(PlatformSettingKey.MIN_PAYOUT_EUR, 1)).hasSize(1);
    }
}
