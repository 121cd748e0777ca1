package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.platform.AuditedSetting;
import io.cardvault.application.port.in.platform.ChangePlatformSettingCommand;
import io.cardvault.application.port.out.InMemoryPlatformSettings;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.InvalidPlatformDataException;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlatformSettingServicesTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");
    private static final AccountId ADMIN = new AccountId(42);

    private final InMemoryPlatformSettings store = new InMemoryPlatformSettings();
    private final ChangePlatformSettingService change = new ChangePlatformSettingService(store, Clock.fixed(AT, ZoneOffset.UTC));

    @Test
    void public_settings_answer_every_public_key_with_its_default_until_an_administrator_sets_it() {
        assertThat(new ListPublicSettingsService(store).publicSettings()).extracting(PlatformSetting::key)
                .containsExactly(PlatformSettingKey.SELLER_FEE_PCT, PlatformSettingKey.BUYER_PROTECTION_PCT,
                        PlatformSettingKey.MIN_PAYOUT_EUR, PlatformSettingKey.MAX_PAYOUT_EUR, PlatformSettingKey.SITE_ANNOUNCEMENT);

        change.change(new ChangePlatformSettingCommand(PlatformSettingKey.SELLER_FEE_PCT,
                new SettingValue.Decimal(new BigDecimal("6")), ADMIN));

        assertThat(new ListPublicSettingsService(store).publicSettings().get(0).value())
                .isEqualTo(new SettingValue.Decimal(new BigDecimal("6")));
    }

    @Test
    void a_change_records_the_value_before_the_value_after_who_and_when() {
        AuditedSetting first = change.change(new ChangePlatformSettingCommand(PlatformSettingKey.MIN_PAYOUT_EUR,
                new SettingValue.Decimal(new BigDecimal("30")), ADMIN));
        AuditedSetting second = change.change(new ChangePlatformSettingCommand(PlatformSettingKey.MIN_PAYOUT_EUR,
                new SettingValue.Decimal(new BigDecimal("35")), new AccountId(43)));

        assertThat(first.history()).singleElement().satisfies(entry -> {
            assertThat(entry.previous()).isEqualTo(PlatformSettingKey.MIN_PAYOUT_EUR.defaultValue());
            assertThat(entry.changedBy()).contains(ADMIN);
            assertThat(entry.changedAt()).isEqualTo(AT);
        });
        assertThat(second.history()).hasSize(2);
        assertThat(second.history().get(0).previous()).isEqualTo(new SettingValue.Decimal(new BigDecimal("30")));
        assertThat(second.setting().changedBy()).contains(new AccountId(43));
        assertThat(new GetPlatformSettingService(store).get(PlatformSettingKey.MIN_PAYOUT_EUR).setting().value())
                .isEqualTo(new SettingValue.Decimal(new BigDecimal("35")));
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_before_anything_is_stored() {
        assertThatThrownBy(() -> new ChangePlatformSettingCommand(PlatformSettingKey.SELLER_FEE_PCT, new SettingValue.Flag(true), ADMIN))
                .isInstanceOf(InvalidPlatformDataException.class);
        assertThat(store.findAll()).isEmpty();
    }
}
