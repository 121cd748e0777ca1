package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.GetListingImageUseCase;
import io.cardvault.application.port.in.marketplace.ListingPhoto;
import io.cardvault.application.port.out.ListingImageStorePort;
import io.cardvault.application.port.out.image.ListingImageName;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads a kept listing photo by its name; a path of any other shape is no photo, never a file lookup. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a file read: nothing to commit
public class GetListingImageService implements GetListingImageUseCase {

    private final ListingImageStorePort store;

    @Inject
    public GetListingImageService(ListingImageStorePort store) {
        this.store = store;
    }

    /** For CDI's client proxy only. */
    protected GetListingImageService() {
        this(null);
    }

    @Override
    public Optional<ListingPhoto> find(String path) {
        return ListingImageName.parse(path).flatMap(store::find)
                .map(file -> new ListingPhoto(file.name().format().mediaType(), file.bytes()));
    }
}
