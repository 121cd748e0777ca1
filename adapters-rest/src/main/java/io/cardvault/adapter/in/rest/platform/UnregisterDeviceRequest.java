package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.DeviceToken;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {"token":"…"}}: the phone to forget. */
public record UnregisterDeviceRequest(@NotNull @Size(max = DeviceToken.MAX_LENGTH) String token) {
}
