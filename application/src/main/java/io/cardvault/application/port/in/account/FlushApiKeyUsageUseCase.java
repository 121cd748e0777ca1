package io.cardvault.application.port.in.account;

/** Use case (scheduled): add this node's counted key uses to the stored totals; returns the keys written. */
public interface FlushApiKeyUsageUseCase {

    int flush();
}
