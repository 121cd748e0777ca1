package io.cardvault.domain.trust;

import io.cardvault.domain.shared.DomainException;

/** A text that cannot be a confirmation code (length or a character outside the alphabet). */
public final class InvalidConfirmationCodeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidConfirmationCodeException(String value) {
        super("a confirmation code has " + ConfirmationCode.MIN_LENGTH + "–" + ConfirmationCode.MAX_LENGTH
                + " characters of " + ConfirmationCode.ALPHABET + ": " + (value.length() > 20 ? value.substring(0, 20) + "…" : value));
    }
}
