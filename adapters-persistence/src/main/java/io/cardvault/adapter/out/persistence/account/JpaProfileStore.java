package io.cardvault.adapter.out.persistence.account;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.application.port.out.ProfileStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Profiles through JPA on the container's transaction-scoped {@code EntityManager}: one row per account, written in place. */
@ApplicationScoped
class JpaProfileStore implements ProfileStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaProfileStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaProfileStore() {
        this.entityManager = null;
    }

    @Override
    public Optional<Profile> find(AccountId account) {
        return Optional.ofNullable(entityManager.find(ProfileJpaEntity.class, account.value()))
                .map(row -> Profile.reconstitute(new AccountId(row.accountId()), row.collectionPublic(), row.avatar(),
                        row.avatarUpdatedAt() == null ? null : UtcWallClock.instant(row.avatarUpdatedAt())));
    }

    @Override
    public void save(Profile profile) {
        ProfileJpaEntity row = entityManager.find(ProfileJpaEntity.class, profile.account().value());
        boolean fresh = row == null;
        if (fresh) {
            row = new ProfileJpaEntity(profile.account().value());
        }
        row.write(profile.isCollectionPublic(), profile.avatar().orElse(null),
                profile.avatarUpdatedAt().map(UtcWallClock::utc).orElse(null));
        if (fresh) {
            entityManager.persist(row);
        }
    }
}
