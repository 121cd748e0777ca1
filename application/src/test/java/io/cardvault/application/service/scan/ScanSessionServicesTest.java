package io.cardvault.application.service.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.scan.OpenedScanSession;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.UploadedScanPhoto;
import io.cardvault.application.port.out.InMemoryJobLeases;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.application.port.out.InMemoryScanPhotos;
import io.cardvault.application.port.out.InMemoryScanSessions;
import io.cardvault.application.port.out.PrepareScanPhotoPort;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.ScanResult;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import io.cardvault.domain.scan.ScanStatus;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageHeader;
import io.cardvault.domain.shared.RejectedImageException;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ScanSessionServicesTest {

    private static final AccountId OWNER = new AccountId(7);
    private static final AccountId STRANGER = new AccountId(8);

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-07T13:02:11Z"));
    private final Clock clock = new Clock() {
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
            return now.get();
        }
    };
    private final InMemoryScanSessions store = new InMemoryScanSessions();
    private final InMemoryScanPhotos photos = new InMemoryScanPhotos();
    private final InMemoryMarketEvents events = new InMemoryMarketEvents();
    /** Checks the guard as the real adapter does, then hands back the pixels turned a quarter (size swapped). */
    private final PrepareScanPhotoPort prepare = (upload, guard) -> {
        ImageHeader header = guard.check(upload);
        return new SanitizedImage(ImageFormat.WEBP, new byte[] {'R', 'I', 'F', 'F'}, (int) header.height(), (int) header.width());
    };

    private final OpenScanSessionService open = new OpenScanSessionService(store, clock);
    private final GetScanSessionService get = new GetScanSessionService(store, clock);
    private final ClaimScanSessionService claim = new ClaimScanSessionService(store, events, clock);
    private final UploadScanPhotoService upload = new UploadScanPhotoService(store, photos, prepare, events, clock);
    private final RecordScanResultsService results = new RecordScanResultsService(store, events, clock);
    private final CompleteScanSessionService complete = new CompleteScanSessionService(store, events, clock);
    private final GetScanPhotoService photo = new GetScanPhotoService(store, photos);
    private final InMemoryJobLeases leases = new InMemoryJobLeases(clock);
    private final GetScanInvitationService invitation = new GetScanInvitationService(store, clock);
    private final VerifyScanTokenService verify = new VerifyScanTokenService(store, clock);

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_phone_claims_uploads_reports_and_completes_and_each_act_is_announced_in_order() {
        OpenedScanSession opened = open.open(OWNER);
        ScanAccess.Token token = new ScanAccess.Token(opened.token().value());

        claim.claim(opened.id(), token, "Pixel 8");
        UploadedScanPhoto kept = upload.upload(opened.id(), token, png(40, 30));
        results.record(opened.id(), token, List.of(new ScanCard(kept.cardIndex(), Optional.empty(),
                Optional.of(kept.imageUrl()), "{\"candidates\":[{\"card_id\":5}]}")));
        complete.complete(opened.id(), token);

        assertThat(kept.imageUrl()).isEqualTo("/static/scans/" + opened.id().value() + "/0.webp");
        assertThat(events.published()).extracting(MarketEvent::type).containsOnly(ScanResult.TYPE);
        assertThat(events.published()).map(event -> ((ScanResult) event).event())
                .containsExactly("claimed", "photo", "result", "completed");
        assertThat(events.published()).map(event -> ((ScanResult) event).detailJson()).containsExactly(
                "{\"device_name\":\"Pixel 8\"}",
                "{\"card_index\":0,\"image_url\":\"" + kept.imageUrl() + "\"}",
                "{\"card_index\":0,\"recognition\":{\"candidates\":[{\"card_id\":5}]}}",
                "{\"count\":1}");
        assertThat(get.get(opened.id(), ScanAccess.owner(OWNER)).status()).isEqualTo(ScanStatus.COMPLETED);
        assertThat(photo.photo(opened.id(), 0, ScanAccess.owner(OWNER))).isPresent();
        assertThat(photo.photo(opened.id(), 1, ScanAccess.owner(OWNER))).isEmpty();
    }

    @Test
    void the_qr_invitation_is_handed_out_only_while_the_session_waits_for_its_phone() {
        OpenedScanSession opened = open.open(OWNER);
        assertThat(invitation.invitation(opened.id())).contains(opened.token());

        claim.claim(opened.id(), new ScanAccess.Token(opened.token().value()), "Pixel 8");
        assertThat(invitation.invitation(opened.id())).isEmpty();
    }

    @Test
    void another_account_meets_not_found_and_a_wrong_token_is_refused() {
        OpenedScanSession opened = open.open(OWNER);

        assertThatThrownBy(() -> get.get(opened.id(), ScanAccess.owner(STRANGER)))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> claim.claim(opened.id(), new ScanAccess.Token("ct_" + "0".repeat(64)), "Pixel"))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.WRONG_TOKEN));
        assertThat(events.published()).isEmpty();
    }

    @Test
    void an_upload_after_completion_is_refused_before_the_photo_is_decoded() {
        OpenedScanSession opened = open.open(OWNER);
        ScanAccess.Token token = new ScanAccess.Token(opened.token().value());
        claim.claim(opened.id(), token, "Pixel 8");
        complete.complete(opened.id(), token);

        assertThatThrownBy(() -> upload.upload(opened.id(), token, new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.COMPLETED));
    }

    @Test
    void a_non_image_is_refused_and_takes_no_index() {
        OpenedScanSession opened = open.open(OWNER);
        ScanAccess.Token token = new ScanAccess.Token(opened.token().value());
        claim.claim(opened.id(), token, "Pixel 8");

        assertThatThrownBy(() -> upload.upload(opened.id(), token, "not an image".getBytes()))
                .isInstanceOf(RejectedImageException.class);
        assertThat(upload.upload(opened.id(), token, png(10, 10)).cardIndex()).isZero();
    }

    @Test
    void the_purge_removes_expired_sessions_and_their_photos_on_the_node_holding_the_lease() {
        OpenedScanSession stale = open.open(OWNER);
        ScanAccess.Token token = new ScanAccess.Token(stale.token().value());
        claim.claim(stale.id(), token, "Pixel 8");
        upload.upload(stale.id(), token, png(10, 10));
        now.set(now.get().plus(ScanSession.IDLE).plusSeconds(1));
        OpenedScanSession fresh = open.open(OWNER);

        PurgeExpiredScanSessionsService nodeA = new PurgeExpiredScanSessionsService(leases.node("a"), store, photos);
        PurgeExpiredScanSessionsService nodeB = new PurgeExpiredScanSessionsService(leases.node("b"), store, photos);
        assertThat(nodeA.purge(now.get())).isEqualTo(1);
        assertThat(nodeB.purge(now.get())).isEqualTo(-1);

        assertThat(store.find(stale.id())).isEmpty();
        assertThat(photos.find(stale.id(), 0)).isEmpty();
        assertThat(store.find(fresh.id())).isPresent();
    }

    @Test
    void a_token_verifies_while_its_session_lives_and_is_refused_once_it_is_completed_or_expired() {
        OpenedScanSession opened = open.open(OWNER);
        ScanAccess.Token token = new ScanAccess.Token(opened.token().value());
        verify.verify(opened.id(), token); // pending: the phone may already ask for outlines
        assertThat(get.get(opened.id(), ScanAccess.owner(OWNER)).status()).as("verifying changes nothing")
                .isEqualTo(ScanStatus.PENDING);
        claim.claim(opened.id(), token, "Pixel 8");
        verify.verify(opened.id(), token);

        assertThatThrownBy(() -> verify.verify(opened.id(), new ScanAccess.Token("ct_" + "0".repeat(64))))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.WRONG_TOKEN));
        OpenedScanSession other = open.open(OWNER);
        assertThatThrownBy(() -> verify.verify(other.id(), token))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.WRONG_TOKEN));

        complete.complete(opened.id(), token);
        assertThatThrownBy(() -> verify.verify(opened.id(), token))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.COMPLETED));

        ScanAccess.Token otherToken = new ScanAccess.Token(other.token().value());
        now.set(now.get().plus(ScanSession.IDLE).plusSeconds(1));
        assertThatThrownBy(() -> verify.verify(other.id(), otherToken))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.EXPIRED));
    }
}
