package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.GetReputationUseCase;
import io.cardvault.application.port.in.marketplace.ReputationView;
import io.cardvault.application.port.in.marketplace.ReviewLine;
import io.cardvault.application.port.in.marketplace.TraderNotFoundException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Reputation;
import jakarta.inject.Inject;
import java.util.Map;

/** An account's reputation from every rating it received, the newest reviews named by their raters. */
@UseCase
public class GetReputationService implements GetReputationUseCase {

    private final AccountStorePort accounts;
    private final RatingStorePort ratings;
    private final Traders traders;

    @Inject
    public GetReputationService(AccountStorePort accounts, RatingStorePort ratings) {
        this.accounts = accounts;
        this.ratings = ratings;
        this.traders = new Traders(accounts);
    }

    @Override
    public ReputationView get(Username username) {
        Account account = accounts.findByUsername(username).orElseThrow(TraderNotFoundException::new);
        Reputation reputation = ratings.reputationOf(account.requireId(), RECENT);
        Map<AccountId, Account> raters = traders.read(reputation.recent().stream().map(Rating::rater).toList());
        return new ReputationView(account.username(), reputation.count(), reputation.average(),
                reputation.recent().stream().map(rating -> new ReviewLine(rating.stars(), rating.review(),
                        Traders.name(raters, rating.rater()), rating.raterRole(), rating.createdAt())).toList());
    }
}
