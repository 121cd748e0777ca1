package io.cardvault.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

    @Test
    void fcm_and_apns_tokens_are_accepted_and_never_printed_whole() {
        String fcm = "cQ3-x_Ab:APA91bH" + "k".repeat(140);
        DeviceToken token = new DeviceToken(fcm);

        assertThat(token.value()).isEqualTo(fcm);
        assertThat(token.toString()).doesNotContain(fcm.substring(10));
        assertThat(new DeviceToken("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void short_long_spaced_or_non_ascii_tokens_are_refused_at_the_token_field() {
        for (String bad : new String[] {null, "short", "with space in it", "x".repeat(DeviceToken.MAX_LENGTH + 1), "tökenwithumlaut"}) {
            assertThatThrownBy(() -> new DeviceToken(bad)).isInstanceOf(InvalidPlatformDataException.class)
                    .extracting("field").isEqualTo("token");
        }
    }

    @Test
    void a_device_s_app_version_is_a_short_release_name() {
        DeviceToken token = new DeviceToken("a".repeat(64));
        assertThat(new PushDevice(new AccountId(1), AppPlatform.IOS, token, Optional.of("1.10.0-beta+2"), Instant.EPOCH).appVersion())
                .contains("1.10.0-beta+2");
        assertThatThrownBy(() -> new PushDevice(new AccountId(1), AppPlatform.IOS, token, Optional.of("1 0"), Instant.EPOCH))
                .isInstanceOf(InvalidPlatformDataException.class).extracting("field").isEqualTo("app_version");
    }
}
