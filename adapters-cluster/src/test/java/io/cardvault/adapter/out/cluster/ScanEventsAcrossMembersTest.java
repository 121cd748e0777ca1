package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.scan.OpenedScanSession;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.UploadedScanPhoto;
import io.cardvault.application.port.out.InMemoryLocalSubscribers;
import io.cardvault.application.port.out.InMemoryScanPhotos;
import io.cardvault.application.port.out.InMemoryScanSessions;
import io.cardvault.application.port.out.PrepareScanPhotoPort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.TestImages;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.application.service.realtime.DeliverMarketEventService;
import io.cardvault.application.service.scan.ClaimScanSessionService;
import io.cardvault.application.service.scan.CompleteScanSessionService;
import io.cardvault.application.service.scan.OpenScanSessionService;
import io.cardvault.application.service.scan.RecordScanResultsService;
import io.cardvault.application.service.scan.UploadScanPhotoService;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.ScanResult;
import io.cardvault.domain.realtime.Topic;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageHeader;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk-scan session across two real Hazelcast members in this JVM (issue 24): the phone's acts run
 * through the real scan use cases on member A, whose events go out as the node's
 * {@link HazelcastMarketEvents} sends them; member B reads them as a node does and hands them through
 * the real {@link DeliverMarketEventService} to its local subscribers — where the owner's event
 * stream would be listening on {@code scan:<session>}.
 */
class ScanEventsAcrossMembersTest {

    /** Clear of the ports the integration server, other checkouts and the other cluster tests use. */
    private static final int FIRST_PORT = 6151;
    private static final long AWAIT_NANOS = 30_000_000_000L;

    private TwoMembers members;

    private final InMemoryScanSessions store = new InMemoryScanSessions();
    private final InMemoryScanPhotos photos = new InMemoryScanPhotos();
    /** Checks the upload's guard as the real adapter does and keeps the pixels' size; no decoding needed here. */
    private final PrepareScanPhotoPort prepare = (upload, guard) -> {
        ImageHeader header = guard.check(upload);
        return new SanitizedImage(ImageFormat.WEBP, new byte[] {'R', 'I', 'F', 'F'}, (int) header.width(), (int) header.height());
    };

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.start("scan-events-test", FIRST_PORT);
    }

    @AfterEach
    void shutdown() {
        members.terminate();
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + AWAIT_NANOS;
        while (!condition.get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static List<String> names(List<InMemoryLocalSubscribers.Received> received) {
        return received.stream().map(one -> ((ScanResult) one.event()).event()).toList();
    }

    @Test
    void a_sessions_four_events_published_on_one_member_reach_its_stream_on_the_other_in_order_and_only_there()
            throws InterruptedException {
        InMemoryLocalSubscribers onSecond = new InMemoryLocalSubscribers();
        MarketEventRelay.listen(members.second(), new DeliverMarketEventService(onSecond)::deliver);
        PublishMarketEventPort fromFirst = event -> MarketEventRelay.publish(members.first(), event);

        OpenScanSessionService open = new OpenScanSessionService(store);
        ClaimScanSessionService claim = new ClaimScanSessionService(store, fromFirst);
        UploadScanPhotoService upload = new UploadScanPhotoService(store, photos, prepare, fromFirst);
        RecordScanResultsService results = new RecordScanResultsService(store, fromFirst);
        CompleteScanSessionService complete = new CompleteScanSessionService(store, fromFirst);

        OpenedScanSession watched = open.open(new AccountId(7));
        OpenedScanSession other = open.open(new AccountId(8));
        ScanAccess.Token phone = new ScanAccess.Token(watched.token().value());
        ScanAccess.Token otherPhone = new ScanAccess.Token(other.token().value());
        InMemoryLocalSubscribers.Client owner = onSecond.connect(Topic.scan(watched.id().value()));

        // the other session's phone acts in between, so its events are interleaved on the one cluster topic
        claim.claim(watched.id(), phone, "Pixel 8");
        claim.claim(other.id(), otherPhone, "iPhone");
        UploadedScanPhoto kept = upload.upload(watched.id(), phone, TestImages.png(40, 30));
        upload.upload(other.id(), otherPhone, TestImages.png(30, 40));
        results.record(watched.id(), phone, List.of(new ScanCard(kept.cardIndex(), Optional.empty(),
                Optional.of(kept.imageUrl()), "{\"candidates\":[{\"card_id\":5}]}")));
        complete.complete(watched.id(), phone);
        complete.complete(other.id(), otherPhone);

        await(() -> onSecond.delivered().size() >= 7);
        Thread.sleep(500); // anything delivered twice would arrive by now

        assertThat(onSecond.delivered()).extracting(MarketEvent::type).containsOnly(ScanResult.TYPE).hasSize(7);
        List<InMemoryLocalSubscribers.Received> received = owner.received();
        assertThat(names(received)).containsExactly("claimed", "photo", "result", "completed");
        assertThat(received).allSatisfy(one -> {
            assertThat(((ScanResult) one.event()).sessionId()).isEqualTo(watched.id().value());
            assertThat(one.topic()).contains(Topic.scan(watched.id().value()));
        });
        assertThat(received).map(one -> ((ScanResult) one.event()).detailJson()).containsExactly(
                "{\"device_name\":\"Pixel 8\"}",
                "{\"card_index\":0,\"image_url\":\"" + kept.imageUrl() + "\"}",
                "{\"card_index\":0,\"recognition\":{\"candidates\":[{\"card_id\":5}]}}",
                "{\"count\":1}");
    }

    @Test
    void a_stream_on_the_publishing_member_and_one_on_the_other_hear_the_same_events_once_each()
            throws InterruptedException {
        InMemoryLocalSubscribers onFirst = new InMemoryLocalSubscribers();
        InMemoryLocalSubscribers onSecond = new InMemoryLocalSubscribers();
        MarketEventRelay.listen(members.first(), new DeliverMarketEventService(onFirst)::deliver);
        MarketEventRelay.listen(members.second(), new DeliverMarketEventService(onSecond)::deliver);
        PublishMarketEventPort fromSecond = event -> MarketEventRelay.publish(members.second(), event);

        OpenedScanSession session = new OpenScanSessionService(store).open(new AccountId(7));
        ScanAccess.Token phone = new ScanAccess.Token(session.token().value());
        Topic topic = Topic.scan(session.id().value());
        InMemoryLocalSubscribers.Client ownerOnFirst = onFirst.connect(topic);
        InMemoryLocalSubscribers.Client ownerOnSecond = onSecond.connect(topic);

        new ClaimScanSessionService(store, fromSecond).claim(session.id(), phone, "Pixel 8");
        new CompleteScanSessionService(store, fromSecond).complete(session.id(), phone);

        await(() -> ownerOnFirst.received().size() >= 2 && ownerOnSecond.received().size() >= 2);
        Thread.sleep(500); // anything delivered twice would arrive by now

        assertThat(names(ownerOnFirst.received())).containsExactly("claimed", "completed");
        assertThat(names(ownerOnSecond.received())).containsExactly("claimed", "completed");
    }
}
