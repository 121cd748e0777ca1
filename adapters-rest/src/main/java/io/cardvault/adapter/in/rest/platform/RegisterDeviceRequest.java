package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.DeviceToken;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code {"platform":"android|ios","token":"…","app_version":"1.10.0"}}; the token's own rules are the domain's. */
public record RegisterDeviceRequest(
        @NotNull @Pattern(regexp = "android|ios", message = "unexpected value; permitted: 'android', 'ios'") String platform,
        @NotNull @Size(max = DeviceToken.MAX_LENGTH) String token,
        @Size(max = 32) String appVersion) {
}
