package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Profile;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link ProfileStorePort}. */
public class InMemoryProfileStore implements ProfileStorePort {

    private final Map<AccountId, Profile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<Profile> find(AccountId account) {
        return Optional.ofNullable(profiles.get(account));
    }

    @Override
    public void save(Profile profile) {
        profiles.put(profile.account(), profile);
    }
}
