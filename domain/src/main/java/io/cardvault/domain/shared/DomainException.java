package io.cardvault.domain.shared;

/**
 * Root of the business rejections a caller must expect and handle (a card that does not exist,
 * two currencies mixed in one sum, …). Driving adapters map each subtype to a response; nothing
 * throws a bare {@link RuntimeException} for a business rule.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
