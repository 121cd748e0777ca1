package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.profile.GetPublicProfileUseCase;
import io.cardvault.application.port.in.profile.ProfileNotFoundException;
import io.cardvault.application.port.in.profile.PublicProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Currency;
import java.util.Optional;

/**
 * The account page's avatar and privacy controls: what they show now. The controls themselves post to the
 * API ({@code /me/avatar}, {@code /me/privacy}) from {@code profile.js}, so an upload goes through the one
 * image guard and answers in the API's words.
 */
@Named
@RequestScoped
public class ProfileControls {

    private final GetPublicProfileUseCase profiles;
    private final WebContext web;
    private Optional<PublicProfile> profile;

    @Inject
    public ProfileControls(GetPublicProfileUseCase profiles, WebContext web) {
        this.profiles = profiles;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected ProfileControls() {
        this(null, null);
    }

    private Optional<PublicProfile> profile() {
        if (profile == null) {
            String username = web.getUsername();
            try {
                profile = username.isEmpty() ? Optional.empty() : Optional.of(profiles.profile(username, Currency.getInstance("EUR")));
            } catch (ProfileNotFoundException gone) {
                profile = Optional.empty();
            }
        }
        return profile;
    }

    public boolean isCollectionPublic() {
        return profile().map(PublicProfile::collectionPublic).orElse(false);
    }

    public String getAvatarUrl() {
        return profile().filter(PublicProfile::hasAvatar).map(found -> "/users/" + found.username() + "/avatar").orElse("");
    }

    public String getPublicHref() {
        return web.getBase() + "/users/" + web.getUsername();
    }
}
