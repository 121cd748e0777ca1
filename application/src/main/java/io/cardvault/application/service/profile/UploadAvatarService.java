package io.cardvault.application.service.profile;

import io.cardvault.application.port.in.profile.UploadAvatarUseCase;
import io.cardvault.application.port.in.profile.UploadedAvatar;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ProfileStorePort;
import io.cardvault.application.port.out.SanitizeImagePort;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Profile;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.inject.Inject;
import java.time.Clock;

/** Makes the avatar through the one image guard and sanitizer, and keeps it on the profile. */
@UseCase
public class UploadAvatarService implements UploadAvatarUseCase {

    private final SanitizeImagePort sanitizer;
    private final ProfileStorePort profiles;
    private final AccountStorePort accounts;
    private final Clock clock;

    @Inject
    public UploadAvatarService(SanitizeImagePort sanitizer, ProfileStorePort profiles, AccountStorePort accounts) {
        this(sanitizer, profiles, accounts, Clock.systemUTC());
    }

    public UploadAvatarService(SanitizeImagePort sanitizer, ProfileStorePort profiles, AccountStorePort accounts, Clock clock) {
        this.sanitizer = sanitizer;
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected UploadAvatarService() {
        this(null, null, null, null);
    }

    @Override
    public UploadedAvatar upload(AccountId account, byte[] image) {
        SanitizedImage avatar = sanitizer.avatar(image, ImageUploadGuard.AVATAR, Profile.AVATAR_SIDE);
        profiles.save(profiles.find(account).orElseGet(() -> Profile.fresh(account)).withAvatar(avatar.encoded(), clock.instant()));
        String username = accounts.findById(account).map(found -> found.username().value()).orElse("");
        return new UploadedAvatar("/users/" + username + "/avatar", avatar.size(), avatar.width(), avatar.height(),
                avatar.format().name().toLowerCase(java.util.Locale.ROOT));
    }
}
