package io.cardvault.application.service.recognition;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.recognition.CardRecognitionOutcome;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException.Reason;
import io.cardvault.application.port.in.recognition.RecognizeCardCommand;
import io.cardvault.application.port.in.recognition.RecognizeCardUseCase;
import io.cardvault.application.port.in.recognition.RecognizedCard;
import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.recognition.CardLabel;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks the upload, the index and the caller's quota (in that order, so a bad upload or an
 * unready server costs no quota), recognises, labels the candidates and stores the scan's
 * fingerprint under a new scan id for a later confirmation.
 */
@UseCase
public class RecognizeCardService implements RecognizeCardUseCase {

    private static final DateTimeFormatter SCAN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final CardRecognitionPort recognizer;
    private final RecognitionCataloguePort catalogue;
    private final RecognitionScanStorePort scans;
    private final RecognitionQuota quota;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public RecognizeCardService(CardRecognitionPort recognizer, RecognitionCataloguePort catalogue,
                                RecognitionScanStorePort scans, RecognitionQuota quota) {
        this(recognizer, catalogue, scans, quota, Clock.systemUTC());
    }

    RecognizeCardService(CardRecognitionPort recognizer, RecognitionCataloguePort catalogue,
                         RecognitionScanStorePort scans, RecognitionQuota quota, Clock clock) {
        this.recognizer = recognizer;
        this.catalogue = catalogue;
        this.scans = scans;
        this.quota = quota;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RecognizeCardService() {
        this(null, null, null, null, null);
    }

    @Override
    public CardRecognitionOutcome recognize(RecognizeCardCommand command) {
        CardPhoto photo = new CardPhoto(command.image());
        if (!recognizer.ready()) {
            throw new RecognitionRefusedException(Reason.NOT_READY,
                    "Card recognition is starting: the reference index is being built, retry in a minute");
        }
        quota.spend(command.caller());
        CardRecognition recognition = recognizer.recognize(photo, command.tcgSlug()).orElseThrow(() -> new RecognitionRefusedException(
                Reason.UNREADABLE_IMAGE, "image could not be decoded"));
        List<CardId> ids = recognition.candidates().stream().map(RecognizeCardService::catalogueId).toList();
        Map<CardId, CardLabel> labels = ids.isEmpty() ? Map.of() : catalogue.labels(ids);
        List<RecognizedCard> candidates = new ArrayList<>();
        for (RecognitionCandidate candidate : recognition.candidates()) {
            CardLabel label = labels.get(catalogueId(candidate));
            // a card deleted from the catalogue since the index was built, or (the engine answers only the
            // game asked for) of another game under a slug alias such as "fab"
            if (label == null || command.tcgSlug().filter(slug -> !slug.equalsIgnoreCase(label.gameSlug())).isPresent()) {
                continue;
            }
            candidates.add(new RecognizedCard(label.cardId(), candidate.name(), label.setName(), label.gameSlug(),
                    candidate.score(), candidate.confidence(), candidate.components(), candidate.rotationUsed()));
        }
        Instant now = clock.instant();
        String scanId = SCAN_TIME.format(now) + "_" + HexFormat.of().formatHex(randomBytes());
        scans.saveScan(scanId, recognition.fingerprint(), now);
        return new CardRecognitionOutcome(scanId, candidates, recognition.outline(), recognition.captureQuality());
    }

    /** The engine names the cards it indexed by their catalogue id in decimal ({@link CardRecognitionPort}). */
    private static CardId catalogueId(RecognitionCandidate candidate) {
        return new CardId(Long.parseLong(candidate.cardId()));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return bytes;
    }
}
