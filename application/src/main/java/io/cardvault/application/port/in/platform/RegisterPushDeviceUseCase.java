package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.PushDevice;

/**
 * Use case: store a phone's push token for an account (again: refreshed). Nothing is pushed yet:
 * sending needs FCM/APNs credentials the platform does not hold.
 */
public interface RegisterPushDeviceUseCase {

    PushDevice register(RegisterPushDeviceCommand command);
}
