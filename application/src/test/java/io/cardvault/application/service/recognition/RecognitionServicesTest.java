package io.cardvault.application.service.recognition;

import io.cardvault.application.service.account.ConsumeRecognitionQuotaService;
import io.cardvault.application.port.in.account.ApiCaller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.recognition.CardRecognitionOutcome;
import io.cardvault.application.port.in.recognition.RecognitionCaller;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException.Reason;
import io.cardvault.application.port.in.recognition.RecognizeCardCommand;
import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.InMemoryRateLimiter;
import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.recognition.CardLabel;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.application.port.out.recognition.ScanFingerprint;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.ScoreComponents;
import io.cardvault.domain.shared.RejectedImageException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognitionServicesTest {

    /** A JPEG's start and frame header (640 × 480): all the upload guard reads; the fake engine reads nothing. */
    private static final byte[] JPEG = jpegHeader(640, 480);
    private static final ScanFingerprint FINGERPRINT = new ScanFingerprint(new byte[]{7, 7});
    private static final CaptureQuality QUALITY = new CaptureQuality(0.8, CaptureQuality.Reliability.HIGH,
            CaptureQuality.GlareSeverity.NONE, 500, false, CaptureQuality.Verdict.LIKELY_REAL, 0.05);

    /** An engine answering card 891 then card 17 (of another game). */
    private static final class Engine implements CardRecognitionPort {
        boolean ready = true;
        final List<ConfirmedReference> added = new ArrayList<>();

        @Override
        public Optional<CardRecognition> recognize(CardPhoto photo) {
            ScoreComponents components = new ScoreComponents(0.9, 1, 0.9, 0.8, 1);
            return Optional.of(new CardRecognition(List.of(
                    new RecognitionCandidate("891", "Charizard", "base1", 0.91, ConfidenceBucket.HIGH, components, 90),
                    new RecognitionCandidate("17", "Black Lotus", "lea", 0.2, ConfidenceBucket.LOW, components, 0)),
                    Optional.empty(), QUALITY, FINGERPRINT));
        }

        @Override
        public Optional<CardOutline> detectOutline(CardPhoto photo) {
            return Optional.empty();
        }

        @Override
        public void loadReferences(List<PrintedCard> cards, List<ConfirmedReference> confirmed) {
        }

        @Override
        public boolean addReference(ConfirmedReference reference) {
            return added.add(reference);
        }

        @Override
        public boolean ready() {
            return ready;
        }
    }

    private static final class Catalogue implements RecognitionCataloguePort {
        @Override
        public List<PrintedCard> printedCards() {
            return List.of();
        }

        @Override
        public Map<Long, CardLabel> labels(Collection<Long> cardIds) {
            Map<Long, CardLabel> labels = new HashMap<>();
            Map<Long, CardLabel> known = Map.of(891L, new CardLabel(891, "Base Set", "pokemon"),
                    17L, new CardLabel(17, "Alpha", "mtg"));
            cardIds.stream().filter(known::containsKey).forEach(id -> labels.put(id, known.get(id)));
            return labels;
        }
    }

    private static final class Scans implements RecognitionScanStorePort {
        final Map<String, ScanFingerprint> saved = new HashMap<>();
        final Map<String, Long> confirmed = new HashMap<>();

        @Override
        public void saveScan(String scanId, ScanFingerprint fingerprint, Instant scannedAt) {
            saved.put(scanId, fingerprint);
        }

        @Override
        public Optional<ScanFingerprint> findScan(String scanId) {
            return Optional.ofNullable(saved.get(scanId));
        }

        @Override
        public void confirm(String scanId, long cardId, Instant confirmedAt) {
            confirmed.put(scanId, cardId);
        }

        @Override
        public List<ConfirmedReference> confirmedReferences() {
            return List.of();
        }
    }

    private final Engine engine = new Engine();
    private final Scans scans = new Scans();
    /** The test's clock: 2 h 8 min 35 s before the daily quotas refill at midnight UTC. */
    private static final Instant NOW = Instant.parse("2026-05-06T21:51:25Z");
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(Clock.fixed(NOW, ZoneOffset.UTC));
    private final RecognizeCardService recognize = new RecognizeCardService(engine, new Catalogue(), scans,
            new RecognitionQuota(new ConsumeRecognitionQuotaService(limiter)), Clock.fixed(NOW, ZoneOffset.UTC));

    private static RecognitionCaller key(long account, Tier tier) {
        return RecognitionCaller.apiKey(new ApiCaller(new AccountId(account), new ApiKeyId(account * 10), tier, tier));
    }

    private CardRecognitionOutcome recognizeAs(RecognitionCaller caller, Optional<String> game) {
        return recognize.recognize(new RecognizeCardCommand(JPEG, game, false, caller));
    }

    private static byte[] jpegHeader(int width, int height) {
        return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8, (byte) (height >> 8), (byte) height,
                (byte) (width >> 8), (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, (byte) 0xff, (byte) 0xd9};
    }

    @Test
    void a_photo_the_upload_guard_refuses_reaches_neither_the_engine_nor_the_quota() {
        RecognitionCaller starter = key(6, Tier.STARTER);
        assertThatThrownBy(() -> recognize.recognize(new RecognizeCardCommand("<html>hello</html>".getBytes(), Optional.empty(),
                false, starter))).isInstanceOfSatisfying(RejectedImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedImageException.Reason.UNSUPPORTED_TYPE));
        // a header claiming 20,000 × 20,000 pixels: refused before any decoder allocates for it
        assertThatThrownBy(() -> recognize.recognize(new RecognizeCardCommand(jpegHeader(20_000, 20_000), Optional.empty(),
                false, starter))).isInstanceOfSatisfying(RejectedImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedImageException.Reason.TOO_MANY_PIXELS));
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void a_session_recognition_is_labelled_stored_under_a_timestamped_scan_id_and_spends_no_quota() {
        CardRecognitionOutcome outcome = recognizeAs(RecognitionCaller.session(new AccountId(1)), Optional.empty());
        assertThat(outcome.scanId()).matches("20260506_215125_[0-9a-f]{8}");
        assertThat(outcome.candidates()).extracting(c -> c.cardId() + " " + c.setName() + " " + c.tcgSlug())
                .containsExactly("891 Base Set pokemon", "17 Alpha mtg");
        assertThat(outcome.candidates().get(0).rotationUsed()).isEqualTo(90);
        assertThat(scans.saved).containsEntry(outcome.scanId(), FINGERPRINT);
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void tcg_slug_keeps_the_candidates_of_that_game_only() {
        CardRecognitionOutcome outcome = recognizeAs(RecognitionCaller.session(new AccountId(1)), Optional.of("Pokemon"));
        assertThat(outcome.candidates()).extracting(c -> c.cardId()).containsExactly(891L);
    }

    @Test
    void api_keys_below_starter_are_refused_and_starter_spends_its_daily_25_until_refused() {
        assertThatThrownBy(() -> recognizeAs(key(3, Tier.FREE), Optional.empty()))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIER_TOO_LOW));
        for (int i = 0; i < 25; i++) {
            recognizeAs(key(4, Tier.STARTER), Optional.empty());
        }
        assertThatThrownBy(() -> recognizeAs(key(4, Tier.STARTER), Optional.empty()))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.QUOTA_EXCEEDED);
                    assertThat(e.retryAfterSeconds()).isEqualTo(2 * 3600 + 8 * 60 + 35);
                });
        assertThat(limiter.calls()).extracting(call -> call.bucket() + " " + call.limits().perDay())
                .containsOnly("recognition:account:4 25");
    }

    @Test
    void the_unlimited_tier_never_touches_the_limiter() {
        recognizeAs(key(5, Tier.UNLIMITED), Optional.empty());
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void an_unready_index_is_refused_before_any_quota_is_spent() {
        engine.ready = false;
        assertThatThrownBy(() -> recognizeAs(key(4, Tier.STARTER), Optional.empty()))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_READY));
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void confirming_stores_the_card_and_hands_the_scan_to_the_engine_as_a_reference() {
        CardRecognitionOutcome outcome = recognizeAs(RecognitionCaller.session(new AccountId(1)), Optional.empty());
        ConfirmScanService confirm = new ConfirmScanService(scans, new Catalogue(), engine);
        confirm.confirm(outcome.scanId(), 891);
        assertThat(scans.confirmed).containsEntry(outcome.scanId(), 891L);
        assertThat(engine.added).containsExactly(new ConfirmedReference(891, FINGERPRINT));
        assertThatThrownBy(() -> confirm.confirm("nope", 891))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCAN_NOT_FOUND));
        assertThatThrownBy(() -> confirm.confirm(outcome.scanId(), 5))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CARD_NOT_FOUND));
    }
}
