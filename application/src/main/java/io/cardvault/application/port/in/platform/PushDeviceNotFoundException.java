package io.cardvault.application.port.in.platform;

import io.cardvault.domain.shared.DomainException;

/** The account has no phone registered with that token (another account's counts as none). */
public class PushDeviceNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PushDeviceNotFoundException() {
        super("Device not found");
    }
}
