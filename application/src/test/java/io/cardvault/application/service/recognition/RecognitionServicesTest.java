package io.cardvault.application.service.recognition;

import io.cardvault.application.service.account.ConsumeRecognitionQuotaService;
import io.cardvault.application.port.in.account.ApiCaller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.recognition.InMemoryCardRecognition;
import io.cardvault.application.port.out.recognition.InMemoryRecognitionStore;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.recognition.OutlineDetection;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CollectorNumber;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.catalogue.Variant;
import io.cardvault.application.port.in.recognition.CardRecognitionOutcome;
import io.cardvault.application.port.in.recognition.RecognitionCaller;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException.Reason;
import io.cardvault.application.port.in.recognition.RecognizeCardCommand;
import io.cardvault.application.port.out.InMemoryRateLimiter;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.ScanFingerprint;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.shared.RejectedImageException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognitionServicesTest {

    /** A JPEG's start and frame header (640 × 480): all the upload guard reads. */
    private static final byte[] JPEG = jpegHeader(640, 480);

    private final InMemoryRecognitionStore store = new InMemoryRecognitionStore();
    private final InMemoryCardRecognition engine = new InMemoryCardRecognition();
    private final CardId charizard;
    private final CardId blackLotus;
    private final byte[] photoOfCharizard;

    RecognitionServicesTest() {
        CardSet base = CatalogueFixtures.baseSet();
        charizard = store.store(CatalogueFixtures.POKEMON, base, List.of(CatalogueFixtures.charizard(base)))
                .cardIds().values().iterator().next();
        CardSet alpha = new CardSet(new SetKey("fixture", "lea"), "LEA", LocalizedNames.of(Language.ENGLISH, "Alpha"), null,
                null, null, Language.ENGLISH, null, false, null);
        blackLotus = store.store(CatalogueFixtures.MTG, alpha, List.of(Card.catalogue("lea-232", CollectorNumber.bare("232"),
                LocalizedNames.of(Language.ENGLISH, "Black Lotus"), null, null, List.of(new Printing(Language.ENGLISH,
                        PrintRun.UNLIMITED, List.of(Variant.plain(Finish.NORMAL))))))).cardIds().values().iterator().next();
        engine.loadReferences(store.printedCards(), List.of());
        photoOfCharizard = InMemoryCardRecognition.photoOf(charizard).encoded();
    }

    /** The test's clock: 2 h 8 min 35 s before the daily quotas refill at midnight UTC. */
    private static final Instant NOW = Instant.parse("2026-05-06T21:51:25Z");
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(Clock.fixed(NOW, ZoneOffset.UTC));
    private final RecognizeCardService recognize = new RecognizeCardService(engine, store, store,
            new RecognitionQuota(new ConsumeRecognitionQuotaService(limiter)), Clock.fixed(NOW, ZoneOffset.UTC));

    private static RecognitionCaller key(long account, Tier tier) {
        return RecognitionCaller.apiKey(new ApiCaller(new AccountId(account), new ApiKeyId(account * 10), tier, tier));
    }

    private CardRecognitionOutcome recognizeAs(RecognitionCaller caller, Optional<String> game) {
        return recognize.recognize(new RecognizeCardCommand(photoOfCharizard, game, false, caller));
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
        assertThat(outcome.candidates()).extracting(c -> c.cardId().value() + " " + c.setName() + " " + c.tcgSlug())
                .containsExactly(charizard.value() + " " + store.labels(List.of(charizard)).get(charizard).setName() + " pokemon",
                        blackLotus.value() + " Alpha mtg");
        assertThat(store.findScan(outcome.scanId())).isPresent();
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void tcg_slug_keeps_the_candidates_of_that_game_only() {
        CardRecognitionOutcome outcome = recognizeAs(RecognitionCaller.session(new AccountId(1)), Optional.of("Pokemon"));
        assertThat(outcome.candidates()).extracting(c -> c.cardId()).containsExactly(charizard);
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
        RecognizeCardService unready = new RecognizeCardService(new InMemoryCardRecognition(), store, store,
                new RecognitionQuota(new ConsumeRecognitionQuotaService(limiter)), Clock.systemUTC());
        assertThatThrownBy(() -> unready.recognize(new RecognizeCardCommand(JPEG, Optional.empty(), false, key(4, Tier.STARTER))))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_READY));
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void a_photo_the_engine_cannot_decode_is_refused_as_unreadable() {
        assertThatThrownBy(() -> recognize.recognize(new RecognizeCardCommand(JPEG, Optional.empty(), false,
                RecognitionCaller.session(new AccountId(1)))))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_IMAGE));
    }

    @Test
    void confirming_stores_the_card_and_hands_the_scan_to_the_engine_as_a_reference() {
        CardRecognitionOutcome outcome = recognizeAs(RecognitionCaller.session(new AccountId(1)), Optional.empty());
        ConfirmScanService confirm = new ConfirmScanService(store, store, engine);
        confirm.confirm(outcome.scanId(), charizard);
        ScanFingerprint fingerprint = store.findScan(outcome.scanId()).orElseThrow();
        assertThat(store.confirmedReferences()).containsExactly(new ConfirmedReference(charizard, fingerprint));
        assertThat(engine.extraReferences()).containsExactly(new ConfirmedReference(charizard, fingerprint));
        assertThatThrownBy(() -> confirm.confirm("nope", charizard))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCAN_NOT_FOUND));
        assertThatThrownBy(() -> confirm.confirm(outcome.scanId(), new CardId(999_999)))
                .isInstanceOfSatisfying(RecognitionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CARD_NOT_FOUND));
    }

    @Test
    void building_the_index_hands_the_engine_every_printed_card_and_every_confirmed_scan() {
        CardRecognitionOutcome outcome = recognizeAs(RecognitionCaller.session(new AccountId(1)), Optional.empty());
        new ConfirmScanService(store, store, engine).confirm(outcome.scanId(), charizard);
        InMemoryCardRecognition fresh = new InMemoryCardRecognition();

        int indexed = new BuildRecognitionIndexService(store, store, fresh).buildIndex();

        assertThat(indexed).isEqualTo(2);
        assertThat(fresh.indexedCards()).extracting(card -> card.cardId()).containsExactly(charizard, blackLotus);
        assertThat(fresh.extraReferences()).extracting(ConfirmedReference::cardId).containsExactly(charizard);
        assertThat(fresh.ready()).isTrue();
    }

    @Test
    void outline_detection_needs_no_index_and_answers_what_the_engine_sees() {
        DetectCardOutlineService detect = new DetectCardOutlineService(new InMemoryCardRecognition());

        assertThat(detect.detect(photoOfCharizard).cardFound()).isTrue();
        assertThat(detect.detect(InMemoryCardRecognition.unrelatedPhoto().encoded()).cardFound()).isFalse();
        assertThat(detect.detect(JPEG)).isEqualTo(OutlineDetection.NOTHING);
        assertThatThrownBy(() -> detect.detect("<html>".getBytes())).isInstanceOf(RejectedImageException.class);
    }
}
