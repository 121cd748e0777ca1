package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.account.ApiPlan;

/**
 * Use case: one market card with its prices. Graded tiers are left out for a plan without them;
 * an EU card is refused to a plan without the EU market; an unknown id is a
 * {@link MarketCardNotFoundException}.
 */
public interface GetMarketCardUseCase {

    MarketCardDetail get(ApiPlan plan, String id);
}
