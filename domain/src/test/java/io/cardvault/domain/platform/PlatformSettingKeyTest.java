package io.cardvault.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlatformSettingKeyTest {

    @Test
    void a_decimal_setting_takes_numbers_in_its_range_with_at_most_two_decimals() {
        assertThat(PlatformSettingKey.SELLER_FEE_PCT.validate(new SettingValue.Decimal(new BigDecimal("2.75"))))
                .isEqualTo(new SettingValue.Decimal(new BigDecimal("2.75")));
        assertThat(PlatformSettingKey.SELLER_FEE_PCT.validate(new SettingValue.Decimal(new BigDecimal("100.000"))))
                .isInstanceOf(SettingValue.Decimal.class);
    }

    @Test
    void a_decimal_setting_refuses_other_types_out_of_range_values_and_fractions_of_cents() {
        assertThatThrownBy(() -> PlatformSettingKey.SELLER_FEE_PCT.validate(new SettingValue.Decimal(new BigDecimal("100.01"))))
                .isInstanceOf(InvalidPlatformDataException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> PlatformSettingKey.MIN_PAYOUT_EUR.validate(new SettingValue.Decimal(new BigDecimal("-0.01"))))
                .isInstanceOf(InvalidPlatformDataException.class);
        assertThatThrownBy(() -> PlatformSettingKey.SELLER_FEE_PCT.validate(new SettingValue.Decimal(new BigDecimal("1.005"))))
                .hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> PlatformSettingKey.SELLER_FEE_PCT.validate(new SettingValue.Text("5")))
                .isInstanceOf(InvalidPlatformDataException.class).extracting("field").isEqualTo("value");
        assertThatThrownBy(() -> PlatformSettingKey.SELLER_FEE_PCT.validate(new SettingValue.None()))
                .isInstanceOf(InvalidPlatformDataException.class);
    }

    @Test
    void a_text_setting_is_stripped_and_an_empty_text_is_none() {
        assertThat(PlatformSettingKey.SITE_ANNOUNCEMENT.validate(new SettingValue.Text("  Hello\nworld  ")))
                .isEqualTo(new SettingValue.Text("Hello\nworld"));
        assertThat(PlatformSettingKey.SITE_ANNOUNCEMENT.validate(new SettingValue.Text("   "))).isEqualTo(new SettingValue.None());
        assertThat(PlatformSettingKey.SITE_ANNOUNCEMENT.validate(new SettingValue.None())).isEqualTo(new SettingValue.None());
    }

    @Test
    void a_text_setting_refuses_long_texts_control_characters_and_numbers() {
        assertThatThrownBy(() -> PlatformSettingKey.SITE_ANNOUNCEMENT.validate(new SettingValue.Text("x".repeat(501))))
                .hasMessageContaining("500");
        assertThatThrownBy(() -> PlatformSettingKey.SITE_ANNOUNCEMENT.validate(new SettingValue.Text("bell\u0007")))
                .isInstanceOf(InvalidPlatformDataException.class);
        assertThatThrownBy(() -> PlatformSettingKey.SITE_ANNOUNCEMENT.validate(new SettingValue.Decimal(BigDecimal.ONE)))
                .isInstanceOf(InvalidPlatformDataException.class);
    }

    @Test
    void stored_text_reads_back_as_the_same_value_and_unreadable_text_as_the_default() {
        for (PlatformSettingKey key : PlatformSettingKey.values()) {
            assertThat(key.fromStoredText(key.defaultValue().storedText())).isEqualTo(key.defaultValue());
        }
        assertThat(PlatformSettingKey.SELLER_FEE_PCT.fromStoredText("garbage")).isEqualTo(PlatformSettingKey.SELLER_FEE_PCT.defaultValue());
        assertThat(PlatformSettingKey.fromCode("seller_fee_pct")).contains(PlatformSettingKey.SELLER_FEE_PCT);
        assertThat(PlatformSettingKey.fromCode("SELLER_FEE_PCT")).isEmpty();
    }
}
