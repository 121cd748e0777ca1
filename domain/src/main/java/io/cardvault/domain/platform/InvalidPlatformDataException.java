package io.cardvault.domain.platform;

import io.cardvault.domain.shared.DomainException;

/** A value that breaks a platform rule (a device token, a setting's type or range); names the field it came in. */
public class InvalidPlatformDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidPlatformDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
