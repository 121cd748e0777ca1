package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;

/**
 * Use case: what trading partners think of an account ({@code GET /api/reputation/{username}}): every
 * rating it received, as seller or buyer, with the {@value #RECENT} newest reviews. Unknown name:
 * {@link TraderNotFoundException}.
 */
public interface GetReputationUseCase {

    int RECENT = 10;

    ReputationView get(Username username);
}
