package io.cardvault.application.port.out.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.domain.recognition.OutlineDetection;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.ScoreComponents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-memory fake of the recognition engine. Its "photos" are minimal JPEGs ({@link #photoOf},
 * {@link #unrelatedPhoto}) whose comment names the card they show, so the fake can tell them apart
 * without an image library. Like the engine it ranks every indexed card: the pictured one first
 * with a high score, the others low; a photo of no indexed card matches nothing confidently.
 */
public final class InMemoryCardRecognition implements CardRecognitionPort {

    private static final Pattern SHOWN = Pattern.compile("card:(\\d+)");
    private static final ScoreComponents STRONG = new ScoreComponents(0.95, 1, 0.9, 0.9, 1);
    private static final ScoreComponents WEAK = new ScoreComponents(0.2, 0, 0.1, 0.1, 0);
    private static final CaptureQuality GOOD = new CaptureQuality(0.8, CaptureQuality.Reliability.HIGH,
            CaptureQuality.GlareSeverity.NONE, 500, false, CaptureQuality.Verdict.LIKELY_REAL, 0.05);
    private static final CardOutline OUTLINE = new CardOutline(List.of(new CardOutline.Corner(100, 40),
            new CardOutline.Corner(540, 40), new CardOutline.Corner(540, 440), new CardOutline.Corner(100, 440)));

    private Map<CardId, PrintedCard> indexed;
    private final List<ConfirmedReference> added = new ArrayList<>();
    /** How many times the references were (re)built: a build is minutes in production. */
    private int loads;

    /** A photo the fake recognises as {@code card}. */
    public static CardPhoto photoOf(CardId card) {
        return new CardPhoto(jpeg("card:" + card.value()));
    }

    /** A photo of something that is no card of the catalogue. */
    public static CardPhoto unrelatedPhoto() {
        return new CardPhoto(jpeg("a cat on a sofa"));
    }

    @Override
    public Optional<CardRecognition> recognize(CardPhoto photo, Optional<String> gameSlug) {
        if (indexed == null) {
            throw new IllegalStateException("recognition references are not loaded yet");
        }
        Optional<String> comment = comment(photo);
        if (comment.isEmpty()) {
            return Optional.empty();
        }
        Map<CardId, PrintedCard> searched = new LinkedHashMap<>(indexed);
        gameSlug.ifPresent(game -> searched.values().removeIf(card -> !card.gameSlug().equalsIgnoreCase(game)));
        Optional<CardId> shown = shownCard(comment.get()).filter(searched::containsKey);
        List<RecognitionCandidate> candidates = new ArrayList<>();
        shown.ifPresent(id -> candidates.add(candidate(searched.get(id), 0.95, ConfidenceBucket.HIGH, STRONG)));
        searched.values().stream().filter(card -> shown.map(id -> !id.equals(card.cardId())).orElse(true)).limit(4)
                .forEach(card -> candidates.add(candidate(card, 0.12, ConfidenceBucket.LOW, WEAK)));
        return Optional.of(new CardRecognition(candidates, shown.map(id -> OUTLINE), GOOD,
                new ScanFingerprint(("fingerprint " + comment.get()).getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public Optional<OutlineDetection> detectOutline(CardPhoto photo) {
        return comment(photo).map(text -> new OutlineDetection(shownCard(text).map(id -> OUTLINE), List.of()));
    }

    @Override
    public void loadReferences(List<PrintedCard> cards, List<ConfirmedReference> confirmed) {
        Map<CardId, PrintedCard> references = new LinkedHashMap<>();
        cards.forEach(card -> references.put(card.cardId(), card));
        indexed = references;
        added.clear();
        confirmed.stream().filter(reference -> references.containsKey(reference.cardId())).forEach(added::add);
        loads++;
    }

    @Override
    public boolean addReference(ConfirmedReference reference) {
        return indexed != null && indexed.containsKey(reference.cardId()) && added.add(reference);
    }

    @Override
    public boolean ready() {
        return indexed != null;
    }

    /** The confirmed scans serving as extra references, in the order they came. */
    public List<ConfirmedReference> extraReferences() {
        return List.copyOf(added);
    }

    /** The cards indexed by the last load, in the order given; empty before the first load. */
    public List<PrintedCard> indexedCards() {
        return indexed == null ? List.of() : List.copyOf(indexed.values());
    }

    public int loads() {
        return loads;
    }

    private static RecognitionCandidate candidate(PrintedCard card, double score, ConfidenceBucket bucket,
                                                  ScoreComponents components) {
        return new RecognitionCandidate(Long.toString(card.cardId().value()), card.name(), card.setId(), score, bucket,
                components, 0);
    }

    private static Optional<CardId> shownCard(String comment) {
        Matcher matcher = SHOWN.matcher(comment);
        return matcher.find() ? Optional.of(new CardId(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    /** The comment of a JPEG this fake wrote; empty for bytes that are no such JPEG ("undecodable"). */
    private static Optional<String> comment(CardPhoto photo) {
        byte[] bytes = photo.encoded();
        for (int i = 0; i + 3 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xfe) {
                int length = ((bytes[i + 2] & 0xff) << 8) | (bytes[i + 3] & 0xff);
                return Optional.of(new String(bytes, i + 4, length - 2, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** Start, a 640 × 480 frame header, a comment segment carrying {@code text}, end. */
    public static byte[] jpeg(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8, 1, (byte) 0xe0, 2, (byte) 0x80,
                3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
        byte[] comment = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) ((comment.length + 2) >> 8), (byte) (comment.length + 2)});
        out.writeBytes(comment);
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xd9});
        return out.toByteArray();
    }
}
