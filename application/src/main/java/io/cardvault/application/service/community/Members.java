package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.MemberNotFoundException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Username;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The community's view of accounts: a username to an account (a name no one could have is not found either), ids to names. */
final class Members {

    /** What a deleted account's messages and posts show as its name. */
    static final String GONE = "[deleted]";

    private final AccountStorePort accounts;

    Members(AccountStorePort accounts) {
        this.accounts = accounts;
    }

    AccountId byUsername(String username) {
        return find(username).map(Account::requireId).orElseThrow(MemberNotFoundException::new);
    }

    Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        try {
            return accounts.findByUsername(new Username(username));
        } catch (InvalidAccountDataException impossibleName) {
            return Optional.empty();
        }
    }

    Map<AccountId, String> names(Collection<AccountId> ids) {
        return accounts.findByIds(ids.stream().distinct().toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().username().value()));
    }

    static String nameOf(Map<AccountId, String> names, AccountId id) {
        return names.getOrDefault(id, GONE);
    }
}
