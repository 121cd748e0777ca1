package io.cardvault.application.service.profile;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.collection.CollectionQuery;
import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.GetCollectionSummaryUseCase;
import io.cardvault.application.port.in.collection.ListCollectionUseCase;
import io.cardvault.application.port.in.profile.GetPublicProfileUseCase;
import io.cardvault.application.port.in.profile.ProfileNotFoundException;
import io.cardvault.application.port.in.profile.PublicProfile;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.ProfileStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Profile;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingStatus;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The public collector page. The collection's figures come from the collection's own use cases (one
 * valuation rule); they are read only when the owner made the collection public.
 */
@UseCase
public class GetPublicProfileService implements GetPublicProfileUseCase {

    static final int LISTINGS = 50;
    static final int TOP_CARDS = 5;
    static final int RECENT = 6;
    static final int SHOWCASE = 12;

    private final AccountStorePort accounts;
    private final ProfileStorePort profiles;
    private final ListingStorePort listings;
    private final GetCollectionSummaryUseCase summary;
    private final ListCollectionUseCase collection;

    @Inject
    public GetPublicProfileService(AccountStorePort accounts, ProfileStorePort profiles, ListingStorePort listings,
                                   GetCollectionSummaryUseCase summary, ListCollectionUseCase collection) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.listings = listings;
        this.summary = summary;
        this.collection = collection;
    }

    /** For CDI's client proxy only. */
    protected GetPublicProfileService() {
        this(null, null, null, null, null);
    }

    @Override
    public PublicProfile profile(String username, Currency currency) {
        Account account = find(username).orElseThrow(ProfileNotFoundException::new);
        var id = account.requireId();
        Profile profile = profiles.find(id).orElseGet(() -> Profile.fresh(id));
        List<Listing> active = listings.findBySeller(id, Optional.of(ListingStatus.ACTIVE), LISTINGS, 0).items();
        Optional<PublicProfile.Showcase> shown = Optional.empty();
        if (profile.isCollectionPublic()) {
            CollectionSummary figures = summary.summary(id, currency);
            List<CollectionItem> newest = collection.list(new CollectionQuery(id, Optional.empty(), CollectionQuery.MAX_LIMIT, 0,
                    currency)).items();
            List<CollectionItem> valued = newest.stream().filter(item -> item.currentValue().isPresent())
                    .sorted(Comparator.comparing((CollectionItem item) -> item.currentValue().orElseThrow()).reversed()).toList();
            shown = Optional.of(new PublicProfile.Showcase(figures.totalValue(), figures.cardCount(), figures.byGame(),
                    valued.stream().limit(TOP_CARDS).toList(), newest.stream().limit(RECENT).toList(),
                    valued.stream().limit(SHOWCASE).toList()));
        }
        return new PublicProfile(account.username().value(), account.createdAt(), profile.avatar().isPresent(),
                profile.isCollectionPublic(), active, shown);
    }

    @Override
    public Optional<byte[]> avatar(String username) {
        return find(username).flatMap(account -> profiles.find(account.requireId())).flatMap(Profile::avatar);
    }

    private Optional<Account> find(String username) {
        try {
            return accounts.findByUsername(new Username(username));
        } catch (InvalidAccountDataException notAUsername) {
            return Optional.empty();
        }
    }
}
