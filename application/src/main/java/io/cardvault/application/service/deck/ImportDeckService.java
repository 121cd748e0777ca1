package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.DeckImport;
import io.cardvault.application.port.in.deck.ImportDeckCommand;
import io.cardvault.application.port.in.deck.ImportDeckUseCase;
import io.cardvault.application.port.in.deck.ImportedDeckLine;
import io.cardvault.application.port.in.deck.UnresolvedDeckLine;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadDeckCardsPort;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckLine;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes a deck from a deck list ({@link DeckListText} reads the lines). A line with set code and number
 * takes the card of that set with that number (its name must agree; a number the set does not have falls
 * back to the name within that set, as the collection import does, or within the game when the catalogue
 * knows no set of that code); a line with a name only takes the one card of the game with that name. Several cards fit (one name printed in several sets) or none:
 * the line is unresolved, with the candidates named, never a silent pick. Two bulk reads for the whole
 * list (its names, its sets), then one new deck with the lines that resolved.
 */
@UseCase
public class ImportDeckService implements ImportDeckUseCase {

    static final int CANDIDATES_SHOWN = 8;

    private final DeckStorePort decks;
    private final LoadDeckCardsPort cards;
    private final DeckReads reads;
    private final Clock clock;

    @Inject
    public ImportDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, LoadDeckCardsPort cards) {
        this(decks, catalogue, cards, Clock.systemUTC());
    }

    public ImportDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, LoadDeckCardsPort cards, Clock clock) {
        this.decks = decks;
        this.cards = cards;
        this.reads = new DeckReads(decks, catalogue);
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ImportDeckService() {
        this.decks = null;
        this.cards = null;
        this.reads = null;
        this.clock = null;
    }

    @Override
    public DeckImport importDeck(ImportDeckCommand command) {
        String game = reads.knownGame(command.game());
        List<DeckListText.Line> lines = DeckListText.read(command.text(), "mtg".equals(game));
        List<DeckListText.CardLine> cardLines = lines.stream().filter(DeckListText.CardLine.class::isInstance)
                .map(DeckListText.CardLine.class::cast).toList();
        Set<String> names = new LinkedHashSet<>();
        Set<String> setCodes = new LinkedHashSet<>();
        cardLines.forEach(line -> {
            names.add(line.name());
            line.setCode().ifPresent(setCodes::add);
        });
        Map<String, List<DeckCardCandidate>> byName = new HashMap<>();
        if (!names.isEmpty()) {
            cards.named(game, names).forEach(card -> byName.computeIfAbsent(nameKey(card.name()), key -> new ArrayList<>()).add(card));
        }
        Map<String, List<DeckCardCandidate>> bySetAndNumber = new HashMap<>();
        Set<String> knownSets = new HashSet<>();
        if (!setCodes.isEmpty()) {
            cards.inSets(game, setCodes).forEach(card -> {
                knownSets.add(card.setCode().toLowerCase(Locale.ROOT));
                bySetAndNumber.computeIfAbsent(setNumberKey(card.setCode(), card.localId()), key -> new ArrayList<>()).add(card);
            });
        }
        Instant now = clock.instant();
        Deck deck = Deck.start(command.owner(), command.name().orElse(ImportDeckCommand.DEFAULT_NAME), game,
                command.format(), command.isPublic(), now);
        List<ImportedDeckLine> imported = new ArrayList<>();
        List<UnresolvedDeckLine> unresolved = new ArrayList<>();
        for (DeckListText.Line line : lines) {
            if (line instanceof DeckListText.Unreadable unreadable) {
                unresolved.add(new UnresolvedDeckLine(unreadable.number(), unreadable.text(), "unreadable",
                        "not a card line: write a count and a name, such as 4 Lightning Bolt", List.of()));
                continue;
            }
            DeckListText.CardLine cardLine = (DeckListText.CardLine) line;
            if (cardLine.quantity() < 1 || cardLine.quantity() > DeckLine.MAX_QUANTITY) {
                unresolved.add(new UnresolvedDeckLine(cardLine.number(), cardLine.text(), "invalid",
                        "the count must be between 1 and " + DeckLine.MAX_QUANTITY, List.of()));
                continue;
            }
            Resolution resolution = resolve(cardLine, byName, bySetAndNumber, knownSets);
            if (resolution.card() != null) {
                deck = deck.addCopies(resolution.card().id(), cardLine.section(), cardLine.quantity(), now);
                imported.add(new ImportedDeckLine(cardLine.number(), resolution.card().id(), resolution.card().name(),
                        cardLine.quantity(), cardLine.section()));
            } else {
                unresolved.add(new UnresolvedDeckLine(cardLine.number(), cardLine.text(), resolution.reason(),
                        resolution.message(), resolution.candidates()));
            }
        }
        return new DeckImport(reads.view(decks.add(deck)), imported, unresolved);
    }

    private static Resolution resolve(DeckListText.CardLine line, Map<String, List<DeckCardCandidate>> byName,
                                      Map<String, List<DeckCardCandidate>> bySetAndNumber, Set<String> knownSets) {
        String name = nameKey(line.name());
        if (line.setCode().isPresent() && line.collectorNumber().isPresent()) {
            List<DeckCardCandidate> numbered = bySetAndNumber.getOrDefault(
                    setNumberKey(line.setCode().get(), line.collectorNumber().get()), List.of());
            if (!numbered.isEmpty()) {
                List<DeckCardCandidate> named = numbered.stream().filter(card -> nameKey(card.name()).equals(name)).toList();
                if (named.isEmpty()) {
                    return Resolution.none("not_found", "number " + line.collectorNumber().get() + " of " + line.setCode().get()
                            + " is " + numbered.get(0).name() + ", not " + line.name(), List.of());
                }
                return single(line, named);
            }
        }
        List<DeckCardCandidate> named = byName.getOrDefault(name, List.of());
        if (line.setCode().isPresent() && knownSets.contains(line.setCode().get().toLowerCase(Locale.ROOT))) {
            // a set the catalogue knows but no such number in it: the name is looked for in that set only
            String code = line.setCode().get();
            named = named.stream().filter(card -> card.setCode().equalsIgnoreCase(code)).toList();
        }
        if (named.isEmpty()) {
            return Resolution.none("not_found", "no card of this game is named " + line.name()
                    + line.setCode().map(code -> " (nor numbered " + line.collectorNumber().orElse("") + " in a set " + code + ")").orElse(""),
                    List.of());
        }
        return single(line, named);
    }

    private static Resolution single(DeckListText.CardLine line, List<DeckCardCandidate> cards) {
        List<DeckCardCandidate> distinct = cards.stream().distinct()
                .sorted(Comparator.comparing((DeckCardCandidate card) -> card.setCode()).thenComparing(DeckCardCandidate::localId))
                .toList();
        if (distinct.size() == 1) {
            return new Resolution(distinct.get(0), null, null, List.of());
        }
        List<String> shown = distinct.stream().limit(CANDIDATES_SHOWN)
                .map(card -> card.name() + " (" + card.setCode() + " " + card.localId() + ")").toList();
        return Resolution.none("ambiguous", line.name() + " fits " + distinct.size() + " printings: add the set code and number,"
                + " such as " + line.quantity() + " " + distinct.get(0).name() + " (" + distinct.get(0).setCode() + ") "
                + distinct.get(0).localId(), shown);
    }

    static String nameKey(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Set code and number compared without case and leading zeros ("SVI 57" is sv01's "057"). */
    static String setNumberKey(String setCode, String number) {
        String digitsTrimmed = number.strip().toLowerCase(Locale.ROOT).replaceFirst("^0+(?=[0-9])", "");
        return setCode.strip().toLowerCase(Locale.ROOT) + "|" + digitsTrimmed;
    }

    private record Resolution(DeckCardCandidate card, String reason, String message, List<String> candidates) {

        static Resolution none(String reason, String message, List<String> candidates) {
            return new Resolution(null, reason, message, candidates);
        }
    }
}
