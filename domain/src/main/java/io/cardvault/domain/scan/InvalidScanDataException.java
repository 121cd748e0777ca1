package io.cardvault.domain.scan;

import io.cardvault.domain.shared.DomainException;

/** A value that breaks a scan rule (a malformed id, token or result), naming the field at fault. */
public class InvalidScanDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidScanDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
