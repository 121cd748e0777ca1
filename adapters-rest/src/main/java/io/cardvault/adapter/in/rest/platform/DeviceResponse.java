package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.PushDevice;
import java.time.format.DateTimeFormatter;

/**
 * A registered phone: its platform, app release and registration time (the token is not echoed).
 * {@code push_delivery} says honestly whether anything will be pushed to it: {@code "not_configured"},
 * because sending needs FCM/APNs credentials this platform does not hold; the token is stored for when it does.
 */
public record DeviceResponse(boolean ok, String platform, String appVersion, String registeredAt, String pushDelivery) {

    static final String PUSH_NOT_CONFIGURED = "not_configured";

    static DeviceResponse from(PushDevice device) {
        return new DeviceResponse(true, device.platform().slug(), device.appVersion().orElse(null),
                DateTimeFormatter.ISO_INSTANT.format(device.registeredAt()), PUSH_NOT_CONFIGURED);
    }
}
