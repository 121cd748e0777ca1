package io.cardvault.application.service.trust;

import static io.cardvault.application.port.out.MarketplaceSamples.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.trust.CodeVerification;
import io.cardvault.application.port.in.trust.PhotoCheck;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.DigestFingerprints;
import io.cardvault.application.port.out.InMemoryBidStore;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryListingImages;
import io.cardvault.application.port.out.InMemoryListingStore;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.application.port.out.InMemoryNotificationStore;
import io.cardvault.application.port.out.InMemoryProtectedPhotos;
import io.cardvault.application.port.out.InMemoryTrustCodes;
import io.cardvault.application.port.out.MarkingWatermarks;
import io.cardvault.application.port.out.SanitizeImagePort;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.application.port.in.marketplace.AmendListingCommand;
import io.cardvault.application.service.marketplace.AmendListingService;
import io.cardvault.application.service.marketplace.CreateListingService;
import io.cardvault.application.service.marketplace.PublishListingService;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.application.service.marketplace.ListingProtection;
import io.cardvault.application.service.marketplace.SetUpSellerService;
import io.cardvault.application.service.marketplace.WithdrawListingService;
import io.cardvault.application.service.price.RecordedEvents;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.trust.ConfirmationCode;
import io.cardvault.domain.trust.ProtectionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrustServicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private static final VerificationPolicy POLICY = new VerificationPolicy(60, Duration.ZERO, Duration.ZERO, 10);
    /** Passes the bytes through: the fake fingerprints compare bytes. */
    private static final SanitizeImagePort AS_IS = new SanitizeImagePort() {
        @Override
        public SanitizedImage sanitize(byte[] upload, ImageUploadGuard guard) {
            return new SanitizedImage(ImageFormat.JPEG, upload, 1, 1);
        }

        @Override
        public SanitizedImage avatar(byte[] upload, ImageUploadGuard guard, int side) {
            throw new UnsupportedOperationException("trust codes take no avatars");
        }
    };

    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryListingImages images = new InMemoryListingImages();
    private final InMemoryTrustCodes codes = new InMemoryTrustCodes();
    private final InMemoryProtectedPhotos photos = new InMemoryProtectedPhotos();
    private final ListingProtection protection = new ListingProtection(codes, photos, images, new MarkingWatermarks(),
            new DigestFingerprints(), listings, new Random(23), CLOCK);
    private final CreateListingService create = new CreateListingService(listings, accounts, catalogue, CLOCK,
            new RecordedEvents<>(), protection);
    private final WithdrawListingService withdraw = new WithdrawListingService(listings, new InMemoryBidStore(),
            new InMemoryNotificationStore(), new InMemoryMarketEvents(), catalogue, CLOCK);
    private final VerifyCodeService verify = new VerifyCodeService(codes, listings, catalogue, accounts, POLICY, CLOCK);
    private final CheckPhotoService checkPhoto = new CheckPhotoService(AS_IS, new DigestFingerprints(), photos, codes, POLICY);

    private Account seller;
    private CardId charizard;
    private String uploaded;

    @BeforeEach
    void a_seller_a_card_and_an_uploaded_photo() {
        seller = accounts.add(AccountFixtures.newAccount("seller"));
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet pokemon = catalogue.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set));
        charizard = pokemon.cardIds().get(set.key().externalId() + "-4");
        listings.cardOfGame(charizard, "pokemon");
        new SetUpSellerService(accounts, accounts).setUp(new SetUpSellerCommand(seller.requireId(), "Ash's Cards", "nl"));
        byte[] photo = "a photo of a charizard".getBytes(StandardCharsets.US_ASCII);
        ListingImageName name = ListingImageName.of(YearMonth.of(2026, 12), photo, ImageFormat.JPEG);
        images.keep(new ListingImageFile(name, photo));
        uploaded = "/static/listing_images/" + name.path();
    }

    private Listing list(boolean protectedPhotos, List<String> urls) {
        return create.create(new CreateListingCommand(seller.requireId(), new ListingTerms(charizard, Optional.empty(),
                CardCondition.NM, Optional.empty(), 1, euros("250"), Optional.empty(), true, true, urls, protectedPhotos)))
                .listing();
    }

    private byte[] served(String url) {
        return images.find(ListingImageName.parse(url.substring("/static/listing_images/".length())).orElseThrow())
                .orElseThrow().bytes();
    }

    @Test
    void a_protected_listing_gets_a_code_and_serves_its_photos_watermarked_with_it() {
        Listing listing = list(true, List.of(uploaded));

        ConfirmationCode code = codes.codeOf(listing.requireId()).orElseThrow();
        assertThat(code.value()).hasSize(8).doesNotContain("0", "O", "1", "I");
        String servedUrl = listing.terms().imageUrls().get(0);
        assertThat(servedUrl).isNotEqualTo(uploaded).startsWith("/static/listing_images/2026/12/");
        assertThat(listings.findById(listing.requireId()).orElseThrow().terms().imageUrls()).containsExactly(servedUrl);
        assertThat(MarkingWatermarks.markOf(served(servedUrl))).isEqualTo("CardVault " + code.value());
        assertThat(photos.ofListing(listing.requireId())).singleElement()
                .satisfies(photo -> assertThat(photo.imageUrl()).isEqualTo(servedUrl));
    }

    @Test
    void an_unprotected_listing_gets_no_code_and_keeps_its_photos() {
        Listing listing = list(false, List.of(uploaded));

        assertThat(codes.codeOf(listing.requireId())).isEmpty();
        assertThat(listing.terms().imageUrls()).containsExactly(uploaded);
    }

    @Test
    void a_protected_photo_must_be_an_upload() {
        assertThatThrownBy(() -> list(true, List.of("/img/elsewhere.jpg")))
                .isInstanceOf(InvalidMarketplaceDataException.class)
                .satisfies(e -> assertThat(((InvalidMarketplaceDataException) e).field()).isEqualTo("image_urls"));
    }

    @Test
    void a_code_is_verified_in_any_case_and_expires_when_the_listing_is_withdrawn() {
        Listing listing = list(true, List.of(uploaded));
        String code = codes.codeOf(listing.requireId()).orElseThrow().value();

        CodeVerification active = verify.verify(code.toLowerCase(Locale.ROOT));
        assertThat(active).isInstanceOfSatisfying(CodeVerification.Valid.class, valid -> {
            assertThat(valid.code()).isEqualTo(code);
            assertThat(valid.status()).isEqualTo(ProtectionStatus.ACTIVE);
            assertThat(valid.cardName()).isEqualTo("Charizard");
            assertThat(valid.sellerUsername()).isEqualTo(seller.username().value());
            assertThat(valid.listingId()).isEqualTo(listing.requireId().value());
            assertThat(valid.thumbnailUrl()).contains(listing.terms().imageUrls().get(0));
        });

        withdraw.withdraw(seller.requireId(), listing.requireId());

        assertThat(verify.verify(code)).isInstanceOfSatisfying(CodeVerification.Valid.class,
                valid -> assertThat(valid.status()).isEqualTo(ProtectionStatus.EXPIRED));
    }

    @Test
    void unknown_and_impossible_codes_are_unknown_and_echoed_in_upper_case_cut_to_sixteen() {
        assertThat(verify.verify("k7h2qpzz")).isEqualTo(new CodeVerification.Unknown("K7H2QPZZ"));
        assertThat(verify.verify("not-a-code-at-all-and-long")).isEqualTo(new CodeVerification.Unknown("NOT-A-CODE-AT-AL"));
        assertThat(verify.verify(null)).isEqualTo(new CodeVerification.Unknown(""));
    }

    @Test
    void a_reposted_protected_photo_is_matched_to_its_listing_and_another_photo_is_not() {
        Listing listing = list(true, List.of(uploaded));
        byte[] reposted = served(listing.terms().imageUrls().get(0));

        PhotoCheck match = checkPhoto.check(reposted);
        PhotoCheck other = checkPhoto.check("another photo".getBytes(StandardCharsets.US_ASCII));

        assertThat(match).isEqualTo(new PhotoCheck(true, 0, 10,
                Optional.of(codes.codeOf(listing.requireId()).orElseThrow().value()), Optional.of(listing.requireId().value())));
        assertThat(other.matched()).isFalse();
        assertThat(other.distance()).isGreaterThan(10);
    }

    private String anotherUpload(String text) {
        byte[] photo = text.getBytes(StandardCharsets.US_ASCII);
        ListingImageName name = ListingImageName.of(YearMonth.of(2026, 12), photo, ImageFormat.JPEG);
        images.keep(new ListingImageFile(name, photo));
        return "/static/listing_images/" + name.path();
    }

    @Test
    void a_code_drawn_that_another_listing_holds_is_drawn_again() {
        ConfirmationCode firstDraw = ConfirmationCode.generate(new Random(23));
        Listing holder = listings.add(Listing.create(seller.requireId(), new ListingTerms(charizard, Optional.empty(),
                CardCondition.NM, Optional.empty(), 1, euros("5"), Optional.empty(), true, true, List.of(), false),
                CLOCK.instant()));
        codes.assign(holder.requireId(), firstDraw);

        Listing listing = list(true, List.of(uploaded));

        assertThat(codes.codeOf(listing.requireId())).isPresent().get().isNotEqualTo(firstDraw);
    }

    @Test
    void a_photo_added_to_a_protected_listing_is_watermarked_and_the_protected_ones_stay() {
        Listing listing = list(true, List.of(uploaded));
        String protectedUrl = listing.terms().imageUrls().get(0);
        String added = anotherUpload("the card's back");
        AmendListingService amend = new AmendListingService(listings, accounts, protection);

        Listing amended = amend.amend(new AmendListingCommand(seller.requireId(), listing.requireId(),
                ListingAmendment.none().withImageUrls(List.of(protectedUrl, added)))).listing();

        assertThat(amended.terms().imageUrls()).hasSize(2).startsWith(protectedUrl).doesNotContain(added);
        assertThat(photos.ofListing(listing.requireId())).hasSize(2);
        assertThat(MarkingWatermarks.markOf(served(amended.terms().imageUrls().get(1))))
                .isEqualTo("CardVault " + codes.codeOf(listing.requireId()).orElseThrow().value());
    }

    @Test
    void a_protected_draft_gets_its_code_when_it_is_published_not_before() {
        Listing draft = listings.add(Listing.draft(seller.requireId(), new ListingTerms(charizard, Optional.empty(),
                CardCondition.NM, Optional.empty(), 1, euros("5"), Optional.empty(), true, true, List.of(uploaded), true),
                CLOCK.instant()));
        assertThat(protection.protect(draft)).isSameAs(draft);
        assertThat(codes.codeOf(draft.requireId())).isEmpty();

        PublishListingService publish = new PublishListingService(listings, accounts, catalogue, new RecordedEvents<>(), CLOCK,
                protection);
        Listing onSale = publish.publish(seller.requireId(), draft.requireId()).listing();

        assertThat(codes.codeOf(draft.requireId())).isPresent();
        assertThat(onSale.terms().imageUrls()).doesNotContain(uploaded);
    }

    @Test
    void answers_are_held_for_the_policy_time_then_looked_up_again() {
        MutableClock clock = new MutableClock(CLOCK.instant());
        VerifyCodeService holding = new VerifyCodeService(codes, listings, catalogue, accounts,
                new VerificationPolicy(60, Duration.ofSeconds(30), Duration.ZERO, 10), clock);
        Listing listing = list(true, List.of(uploaded));
        String code = codes.codeOf(listing.requireId()).orElseThrow().value();
        assertThat(holding.verify(code)).isInstanceOf(CodeVerification.Valid.class);

        withdraw.withdraw(seller.requireId(), listing.requireId());
        clock.advance(Duration.ofSeconds(29));
        assertThat(((CodeVerification.Valid) holding.verify(code)).status()).isEqualTo(ProtectionStatus.ACTIVE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(((CodeVerification.Valid) holding.verify(code)).status()).isEqualTo(ProtectionStatus.EXPIRED);
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
