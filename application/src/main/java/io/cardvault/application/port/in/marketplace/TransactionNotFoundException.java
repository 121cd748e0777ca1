package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.shared.DomainException;

/** No transaction with that id the caller is a party to (another's transaction is not found either). */
public final class TransactionNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TransactionNotFoundException() {
        super("transaction not found");
    }
}
