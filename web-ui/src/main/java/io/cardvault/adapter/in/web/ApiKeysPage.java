package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.ApiKeyLimitReachedException;
import io.cardvault.application.port.in.account.ApiKeyNotFoundException;
import io.cardvault.application.port.in.account.CreateApiKeyCommand;
import io.cardvault.application.port.in.account.CreateApiKeyUseCase;
import io.cardvault.application.port.in.account.CreatedApiKey;
import io.cardvault.application.port.in.account.ListApiKeysUseCase;
import io.cardvault.application.port.in.account.RevokeApiKeyUseCase;
import io.cardvault.application.port.in.account.UpdateApiKeyCommand;
import io.cardvault.application.port.in.account.UpdateApiKeyUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Tier;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API keys: create (the secret is shown once, in this view only: a reload is a new view and never
 * shows it again, as the key is stored only as a hash), rename, revoke; the tier's quotas beside.
 */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ListApiKeysUseCase list;
    private final CreateApiKeyUseCase create;
    private final UpdateApiKeyUseCase update;
    private final RevokeApiKeyUseCase revoke;
    private final WebContext web;
    private AccountId owner;
    private Tier tier;
    private List<KeyRow> keys = List.of();
    private String newName = "";
    private String createdSecret = "";
    private String error = "";

    @Inject
    public ApiKeysPage(ListApiKeysUseCase list, CreateApiKeyUseCase create, UpdateApiKeyUseCase update,
                       RevokeApiKeyUseCase revoke, WebContext web) {
        this.list = list;
        this.create = create;
        this.update = update;
        this.revoke = revoke;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected ApiKeysPage() {
        this(null, null, null, null, null);
    }

    /** View action: only for a signed-in visitor. */
    public void load() {
        Optional<io.cardvault.domain.account.Account> account = web.currentAccount();
        if (account.isEmpty()) {
            web.redirect("/signin");
            return;
        }
        owner = account.get().requireId();
        tier = account.get().tier();
        reload();
    }

    private void reload() {
        List<KeyRow> rows = new ArrayList<>();
        for (ApiKey key : list.keys(owner)) {
            rows.add(new KeyRow(key));
        }
        keys = rows;
    }

    public void createKey() {
        error = "";
        createdSecret = "";
        try {
            CreatedApiKey created = create.create(new CreateApiKeyCommand(owner, newName.strip(), null, null));
            createdSecret = created.secret().value();
            newName = "";
        } catch (InvalidAccountDataException e) {
            error = web.message("keys.error.name");
        } catch (ApiKeyLimitReachedException e) {
            error = web.message("keys.error.limit");
        }
        reload();
    }

    public void rename(KeyRow row) {
        error = "";
        try {
            update.update(new UpdateApiKeyCommand(owner, new ApiKeyId(row.getId()), Optional.of(row.getName().strip()),
                    Optional.empty()));
        } catch (InvalidAccountDataException e) {
            error = web.message("keys.error.name");
        } catch (ApiKeyNotFoundException e) {
            error = web.message("keys.error.gone");
        }
        reload();
    }

    public void revoke(KeyRow row) {
        error = "";
        createdSecret = "";
        try {
            revoke.revoke(owner, new ApiKeyId(row.getId()));
        } catch (ApiKeyNotFoundException e) {
            error = web.message("keys.error.gone");
        }
        reload();
    }

    public List<KeyRow> getKeys() {
        return keys;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName == null ? "" : newName;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getError() {
        return error;
    }

    public AccountPage.TierView getTier() {
        return new AccountPage.TierView(tier);
    }

    public boolean isFull() {
        return keys.size() >= tier.maxKeys();
    }

    /** One key as the table shows it; the name is editable in place. */
    public static final class KeyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String prefix;
        private final String tier;
        private final boolean active;
        private final String created;
        private final String lastUsed;
        private String name;

        KeyRow(ApiKey key) {
            this.id = key.requireId().value();
            this.name = key.name();
            this.prefix = key.prefix();
            this.tier = key.tier().displayName();
            this.active = key.active();
            this.created = key.createdAt().toString().substring(0, 10);
            this.lastUsed = key.lastUsedAt().map(used -> used.toString().substring(0, 10)).orElse("");
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name;
        }

        public String getPrefix() {
            return prefix;
        }

        public String getTier() {
            return tier;
        }

        public boolean isActive() {
            return active;
        }

        public String getCreated() {
            return created;
        }

        public String getLastUsed() {
            return lastUsed;
        }
    }
}
