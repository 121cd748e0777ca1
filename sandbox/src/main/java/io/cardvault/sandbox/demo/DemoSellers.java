package io.cardvault.sandbox.demo;

import io.cardvault.application.port.in.marketplace.GetReputationUseCase;
import io.cardvault.application.port.in.marketplace.TraderNotFoundException;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo sellers, created once: each seller that does not exist yet is created with its stock
 * ({@link DemoSellerAccounts}, one transaction each); one that exists is left as it is, whatever became
 * of its listings since. Two nodes starting together may both try: the second registration of a name
 * is refused and rolled back whole.
 */
@ApplicationScoped
public class DemoSellers {

    private static final Logger LOG = Logger.getLogger(DemoSellers.class.getName());

    private final GetReputationUseCase reputations;
    private final DemoSellerAccounts accounts;

    @Inject
    DemoSellers(GetReputationUseCase reputations, DemoSellerAccounts accounts) {
        this.reputations = reputations;
        this.accounts = accounts;
    }

    /** For CDI's client proxy only. */
    protected DemoSellers() {
        this(null, null);
    }

    /** Creates the demo sellers not there yet; answers how many sellers and listings it created. */
    public Created createMissing() {
        int sellers = 0;
        int listings = 0;
        for (DemoStock.Seller seller : DemoStock.SELLERS) {
            if (exists(seller.username())) {
                continue;
            }
            try {
                listings += accounts.create(seller);
                sellers++;
            } catch (RuntimeException e) {
                // another node created it meanwhile (the name is taken), or the database refused: the next start tries again
                LOG.log(Level.WARNING, "Demo seller " + seller.username() + " not created", e);
            }
        }
        int made = sellers;
        int listed = listings;
        LOG.info(() -> "Demo sellers: " + made + " created with " + listed + " listings");
        return new Created(sellers, listings);
    }

    private boolean exists(String username) {
        try {
            reputations.get(new Username(username));
            return true;
        } catch (TraderNotFoundException absent) {
            return false;
        }
    }

    /** What one run created. */
    public record Created(int sellers, int listings) {
    }
}
