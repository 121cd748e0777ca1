package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.ChangePasswordUseCase;
import io.cardvault.application.port.in.account.ListApiKeysUseCase;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.application.port.in.notification.ChangeNotificationSettingsCommand;
import io.cardvault.application.port.in.notification.ChangeNotificationSettingsUseCase;
import io.cardvault.application.port.in.notification.GetNotificationSettingsUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in account: who, which tier and what it allows, today's calls per key, which
 * notifications are also mailed, a password change and sign out. Anonymous visitors are sent to sign in.
 */
@Named
@RequestScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WebContext web;
    private final ChangePasswordUseCase passwords;
    private final ListApiKeysUseCase keys;
    private final GetNotificationSettingsUseCase notificationSettings;
    private final ChangeNotificationSettingsUseCase changeNotificationSettings;
    private List<MailChoice> mailChoices;
    private boolean notificationsSaved;
    private String currentPassword = "";
    private String newPassword = "";
    private String passwordError = "";
    private boolean passwordChanged;

    @Inject
    public AccountPage(WebContext web, ChangePasswordUseCase passwords, ListApiKeysUseCase keys,
                       GetNotificationSettingsUseCase notificationSettings,
                       ChangeNotificationSettingsUseCase changeNotificationSettings) {
        this.web = web;
        this.passwords = passwords;
        this.keys = keys;
        this.notificationSettings = notificationSettings;
        this.changeNotificationSettings = changeNotificationSettings;
    }

    /** For CDI's client proxy only. */
    protected AccountPage() {
        this(null, null, null, null, null);
    }

    /**
     * One check box per notification kind, ticked when it is mailed. Built once per request: on a
     * post the form's values land in these rows before {@link #saveNotifications} reads them.
     */
    public List<MailChoice> getMailChoices() {
        if (mailChoices == null) {
            NotificationSettings settings = notificationSettings.notificationSettings(account().requireId());
            mailChoices = new ArrayList<>();
            for (NotificationKind kind : NotificationKind.values()) {
                mailChoices.add(new MailChoice(kind, web.message("account.notifications.kind." + kind.code()), settings.mails(kind)));
            }
        }
        return mailChoices;
    }

    /** Form action: stores every kind's box as it was sent. */
    public void saveNotifications() {
        Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
        getMailChoices().forEach(choice -> chosen.put(choice.kind, choice.mail));
        NotificationSettings saved = changeNotificationSettings.changeNotificationSettings(
                new ChangeNotificationSettingsCommand(account().requireId(), chosen));
        getMailChoices().forEach(choice -> choice.mail = saved.mails(choice.kind));
        notificationsSaved = true;
    }

    public boolean isNotificationsSaved() {
        return notificationsSaved;
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

    /** Whether one notification kind is mailed: a row of the account page's mail settings. */
    public static final class MailChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final NotificationKind kind;
        private final String label;
        private boolean mail;

        MailChoice(NotificationKind kind, String label, boolean mail) {
            this.kind = kind;
            this.label = label;
            this.mail = mail;
        }

        public String getCode() {
            return kind.code();
        }

        public String getLabel() {
            return label;
        }

        public boolean isMail() {
            return mail;
        }

        public void setMail(boolean mail) {
            this.mail = mail;
        }
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
