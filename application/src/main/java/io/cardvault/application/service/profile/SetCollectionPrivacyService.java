package io.cardvault.application.service.profile;

import io.cardvault.application.port.in.profile.SetCollectionPrivacyUseCase;
import io.cardvault.application.port.out.ProfileStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Profile;
import jakarta.inject.Inject;

/** Shows or hides the collection on the public page. */
@UseCase
public class SetCollectionPrivacyService implements SetCollectionPrivacyUseCase {

    private final ProfileStorePort profiles;

    @Inject
    public SetCollectionPrivacyService(ProfileStorePort profiles) {
        this.profiles = profiles;
    }

    /** For CDI's client proxy only. */
    protected SetCollectionPrivacyService() {
        this(null);
    }

    @Override
    public boolean setCollectionPublic(AccountId account, boolean isPublic) {
        profiles.save(profiles.find(account).orElseGet(() -> Profile.fresh(account)).showCollection(isPublic));
        return isPublic;
    }
}
