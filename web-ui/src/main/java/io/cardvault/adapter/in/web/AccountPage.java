package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.ChangePasswordUseCase;
import io.cardvault.application.port.in.account.ListApiKeysUseCase;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in account: who, which tier and what it allows, today's calls per key, a password
 * change and sign out. Anonymous visitors are sent to sign in.
 */
@Named
@RequestScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WebContext web;
    private final ChangePasswordUseCase passwords;
    private final ListApiKeysUseCase keys;
    private String currentPassword = "";
    private String newPassword = "";
    private String passwordError = "";
    private boolean passwordChanged;

    @Inject
    public AccountPage(WebContext web, ChangePasswordUseCase passwords, ListApiKeysUseCase keys) {
        this.web = web;
        this.passwords = passwords;
        this.keys = keys;
    }

    /** For CDI's client proxy only. */
    protected AccountPage() {
        this(null, null, null);
    }

    /**
     * Form action: changes the password after checking the current one, which signs out every other
     * browser; the fields are cleared either way.
     */
    public void changePassword() {
        passwordError = "";
        passwordChanged = false;
        try {
            AccountId id = account().requireId();
            passwords.changePassword(new ChangePasswordCommand(id, currentPassword, newPassword));
            // the change ended every session, this browser's too: it gets a fresh one, as the API does
            web.startSession(id);
            passwordChanged = true;
        } catch (WrongPasswordException e) {
            passwordError = web.message("account.password.wrong");
        } catch (InvalidAccountDataException e) {
            passwordError = web.message("signup.invalid.password");
        } finally {
            currentPassword = "";
            newPassword = "";
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getPasswordError() {
        return passwordError;
    }

    public boolean isPasswordChanged() {
        return passwordChanged;
    }

    /** Today's (UTC) calls of each active key, and their sum. */
    public List<KeyUsageRow> getUsage() {
        Instant now = Instant.now();
        return keys.keys(account().requireId()).stream().filter(ApiKey::active)
                .map(key -> new KeyUsageRow(key.name(), key.prefix(), key.callsToday(now))).toList();
    }

    public long getCallsToday() {
        return getUsage().stream().mapToLong(KeyUsageRow::calls).sum();
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

    /** A key's calls today. */
    public record KeyUsageRow(String name, String prefix, long calls) implements Serializable {
        public String getName() {
            return name;
        }

        public String getPrefix() {
            return prefix;
        }

        public long getCalls() {
            return calls;
        }
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
