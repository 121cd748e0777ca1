package io.cardvault.application.port.in.scan;

import io.cardvault.domain.account.AccountId;

/** Use case: a signed-in owner opens a scan session for a phone to join (id, claim token, code). */
public interface OpenScanSessionUseCase {

    OpenedScanSession open(AccountId owner);
}
