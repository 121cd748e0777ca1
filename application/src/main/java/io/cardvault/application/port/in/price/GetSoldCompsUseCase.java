package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.GradingCompany;
import java.util.Optional;

/** Use case: daily eBay sold-comp aggregates and the per-grade summary (last_sold and graded series). */
public interface GetSoldCompsUseCase {

    int DEFAULT_DAYS = 90;
    int MAX_DAYS = 365;

    SoldComps soldComps(CardId card, int days, Optional<GradingCompany> company, Optional<String> grade);
}
