package io.cardvault.adapter.in.web;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The signed-in account: who, which tier and what it allows; sign out. Anonymous visitors are sent to sign in. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WebContext web;

    @Inject
    public AccountPage(WebContext web) {
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected AccountPage() {
        this(null);
    }

    /** View action: only for a signed-in visitor. */
    public void load() {
        if (web.currentAccount().isEmpty()) {
            web.redirect("/signin");
        }
    }

    public void signOut() {
        web.endSession();
        web.redirect("/");
    }

    private Account account() {
        return web.currentAccount().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    public String getUsername() {
        return account().username().value();
    }

    public String getEmail() {
        return account().email().value();
    }

    public String getMemberSince() {
        return account().createdAt().toString().substring(0, 10);
    }

    public TierView getTier() {
        return new TierView(account().tier());
    }

    /** A tier's name and quotas; unlimited quotas read as such. */
    public static final class TierView {

        private final Tier tier;

        TierView(Tier tier) {
            this.tier = tier;
        }

        public String getName() {
            return tier.displayName();
        }

        public boolean isUnlimited() {
            return tier.requestsPerDay() == RateLimits.UNLIMITED;
        }

        public long getRequestsPerDay() {
            return tier.requestsPerDay();
        }

        public long getRequestsPerMinute() {
            return tier.requestsPerMinute();
        }

        public int getMaxKeys() {
            return tier.maxKeys();
        }
    }
}
