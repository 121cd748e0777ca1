package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Stamp;
import io.cardvault.domain.catalogue.Variant;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.Window;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-memory fake of the catalogue's read models. Sets are stored whole from the domain's records,
 * projected as the MariaDB store projects them (name in the set's language, else English, else
 * Japanese; numbers sorted by their digits), so that service tests read what production reads.
 * Unlike the real store it does not upsert: storing a set again adds it again.
 */
public final class InMemoryCatalogueViews implements LoadCatalogueViewsPort, LoadSealedProductsPort {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final List<String> PRINT_RUN_ORDER = List.of(PrintRun.UNLIMITED.code(), PrintRun.SHADOWLESS.code(),
            PrintRun.FIRST_EDITION.code());

    private final Map<String, GameOverview> games = new LinkedHashMap<>();
    private final Map<Long, SetOverview> sets = new LinkedHashMap<>();
    private final Map<Long, StoredCard> cards = new LinkedHashMap<>();
    private final Map<Long, SealedProduct> sealed = new LinkedHashMap<>();
    private long sequence;

    /** A card as stored: its overview, every name it has and the details the card route shows. */
    private record StoredCard(CardOverview overview, List<String> names, Integer numberSort, CardDetails details) {
    }

    /** Knows these games, numbered from 1 in the order given. */
    public InMemoryCatalogueViews(Game... known) {
        for (Game game : known) {
            games.put(game.slug(), new GameOverview(games.size() + 1, game.slug(), game.name(), null, null, true,
                    Instant.EPOCH, null, null));
        }
    }

    /** Stores a set of a known game with its cards, printings and variants, each under a new id. */
    public StoredSet store(Game game, CardSet set, List<Card> cardsOfSet) {
        GameOverview owner = games.get(game.slug());
        if (owner == null) {
            throw new IllegalArgumentException("unknown game " + game.slug());
        }
        List<Language> preference = List.of(set.language(), Language.ENGLISH, Language.JAPANESE);
        long setId = ++sequence;
        SetOverview setOverview = new SetOverview(setId, owner.id(), owner.slug(), owner.name(), set.code(),
                set.names().preferred(preference), set.series(), set.releaseDate(), set.officialCount(), cardsOfSet.size(),
                set.promo(), set.language().code());
        sets.put(setId, setOverview);
        Map<String, CardId> ids = new LinkedHashMap<>();
        for (Card card : cardsOfSet) {
            long cardId = ++sequence;
            ids.put(card.externalId(), new CardId(cardId));
            CardOverview overview = new CardOverview(cardId, setId, owner.slug(), card.names().preferred(preference),
                    card.number().localId(), card.number().printed(), card.facts().rarity(), card.facts().category(),
                    card.facts().hp(), card.facts().types().isEmpty() ? null : String.join(",", card.facts().types()),
                    card.facts().stage(), card.facts().evolution().map(names -> names.preferred(preference)).orElse(null),
                    card.facts().illustrator(), setOverview.name(), set.code(), set.releaseDate(), set.language().code(),
                    CardImageFacts.of(set, card));
            List<PrintingDetails> printings = printings(card, set.language());
            CrossReferences references = printings.stream().flatMap(printing -> printing.variants().stream())
                    .map(VariantDetails::crossReferences)
                    .reduce(card.crossReferences(), CrossReferences::completedWith);
            cards.put(cardId, new StoredCard(overview, List.copyOf(card.names().byLanguage().values()),
                    numberSort(card.number().localId()), new CardDetails(overview, setOverview, references, printings)));
        }
        games.put(owner.slug(), new GameOverview(owner.id(), owner.slug(), owner.name(), owner.publisher(),
                owner.websiteUrl(), owner.active(), owner.createdAt(), (owner.sets() == null ? 0 : owner.sets()) + 1,
                (owner.cards() == null ? 0 : owner.cards()) + cardsOfSet.size()));
        return new StoredSet(new CardSetId(setId), ids, new ChangeCounts(1, 0, cardsOfSet.size(), 0, 0, 0, 0, 0));
    }

    /** Adds a sealed product of a known game, optionally of one set; answers its id. */
    public long addSealedProduct(String gameSlug, Optional<CardSetId> set, String name, String productType,
                                 LocalDate releaseDate) {
        long id = ++sequence;
        sealed.put(id, new SealedProduct(id, gameSlug, set.map(CardSetId::value).orElse(null), name, productType,
                releaseDate, Instant.EPOCH));
        return id;
    }

    private List<PrintingDetails> printings(Card card, Language setLanguage) {
        List<Printing> ordered = new ArrayList<>(card.printings());
        ordered.sort(Comparator.comparing((Printing printing) -> !printing.language().equals(setLanguage))
                .thenComparing(printing -> printing.language().code())
                .thenComparing(printing -> PRINT_RUN_ORDER.indexOf(printing.printRun().code())));
        List<PrintingDetails> printings = new ArrayList<>();
        for (Printing printing : ordered) {
            long printingId = ++sequence;
            List<VariantDetails> variants = new ArrayList<>();
            for (Variant variant : printing.variants()) {
                variants.add(new VariantDetails(++sequence, variant.finish().code(), variant.foilPattern(),
                        variant.stamps().stream().map(Stamp::code).toList(), variant.size(), variant.label(),
                        variant.crossReferences()));
            }
            printings.add(new PrintingDetails(printingId, printing.language().code(), printing.printRun().code(), variants));
        }
        return printings;
    }

    @Override
    public List<GameOverview> games() {
        return List.copyOf(games.values());
    }

    @Override
    public Optional<GameOverview> game(String slug) {
        return Optional.ofNullable(games.get(slug));
    }

    @Override
    public Slice<SetOverview> setsOf(String gameSlug, Window window) {
        List<SetOverview> ofGame = sets.values().stream().filter(set -> set.gameSlug().equals(gameSlug))
                .sorted(Comparator.comparing((SetOverview set) -> set.releaseDate() == null)
                        .thenComparing(SetOverview::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(SetOverview::id))
                .toList();
        return new Slice<>(window(ofGame, window), ofGame.size());
    }

    @Override
    public Optional<SetOverview> set(CardSetId setId) {
        return Optional.ofNullable(sets.get(setId.value()));
    }

    @Override
    public List<CardOverview> cardsOf(CardSetId setId, Window window) {
        return window(stored(card -> card.overview().setId() == setId.value(), byNumber()), window);
    }

    @Override
    public Slice<CardOverview> cards(CardCriteria criteria, Window window) {
        Predicate<StoredCard> matches = card -> criteria.gameSlug() == null || card.overview().gameSlug().equals(criteria.gameSlug());
        if (criteria.setId() != null) {
            matches = matches.and(card -> card.overview().setId() == criteria.setId());
        }
        if (criteria.name() != null) {
            String wanted = folded(criteria.name());
            matches = matches.and(card -> card.names().stream().anyMatch(name -> folded(name).contains(wanted)));
        }
        if (criteria.number() != null) {
            matches = matches.and(card -> (criteria.number().contains("/") ? card.overview().collectorNumber()
                    : card.overview().localId()).equals(criteria.number()));
        }
        if (criteria.rarity() != null) {
            matches = matches.and(card -> criteria.rarity().equalsIgnoreCase(card.overview().rarity()));
        }
        Comparator<StoredCard> order = criteria.setId() != null ? byNumber()
                : criteria.name() != null || criteria.number() != null
                ? Comparator.comparing((StoredCard card) -> card.overview().setReleaseDate() == null)
                        .thenComparing(card -> card.overview().setReleaseDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(card -> card.overview().setId()).thenComparing(byNumber())
                : Comparator.comparingLong(card -> card.overview().id());
        List<CardOverview> found = stored(matches, order);
        return new Slice<>(window(found, window), found.size());
    }

    @Override
    public List<CardOverview> firstCards(CardCriteria criteria, int limit) {
        return cards(criteria, new Window(0, limit)).items();
    }

    @Override
    public Optional<CardDetails> card(CardId cardId) {
        return Optional.ofNullable(cards.get(cardId.value())).map(StoredCard::details);
    }

    @Override
    public List<CardDetails> cards(Collection<CardId> cardIds) {
        return cardIds.stream().distinct().map(this::card).flatMap(Optional::stream).toList();
    }

    @Override
    public List<CardOverview> cardsNamed(String gameSlug, String language, String name) {
        return stored(card -> card.overview().gameSlug().equals(gameSlug) && card.overview().language().equals(language)
                && folded(card.overview().name()).equals(folded(name)), byNumber());
    }

    @Override
    public List<CardOverview> cardsEvolvingFrom(String gameSlug, String language, String name) {
        return stored(card -> card.overview().gameSlug().equals(gameSlug) && card.overview().language().equals(language)
                && card.overview().evolvesFrom() != null && folded(card.overview().evolvesFrom()).equals(folded(name)),
                byNumber());
    }

    @Override
    public Slice<CardOverview> cardsReleasedSince(LocalDate since, Optional<String> gameSlug, int limit) {
        List<CardOverview> released = stored(card -> card.overview().setReleaseDate() != null
                        && !card.overview().setReleaseDate().isBefore(since)
                        && gameSlug.map(slug -> slug.equals(card.overview().gameSlug())).orElse(true),
                Comparator.comparing((StoredCard card) -> card.overview().setReleaseDate()).reversed()
                        .thenComparing(Comparator.comparingLong((StoredCard card) -> card.overview().setId()).reversed())
                        .thenComparing(byNumber()));
        return new Slice<>(released.stream().limit(limit).toList(), released.size());
    }

    @Override
    public Slice<SealedProduct> sealedProducts(String gameSlug, Optional<CardSetId> setId, Window window) {
        List<SealedProduct> matching = sealed.values().stream().filter(product -> product.gameSlug().equals(gameSlug))
                .filter(product -> setId.map(id -> Long.valueOf(id.value()).equals(product.setId())).orElse(true))
                .toList();
        return new Slice<>(window(matching, window), matching.size());
    }

    @Override
    public Optional<SealedProduct> sealedProduct(String gameSlug, long productId) {
        return Optional.ofNullable(sealed.get(productId)).filter(product -> product.gameSlug().equals(gameSlug));
    }

    /** Every stored card with every name it has, in id order: what a search index reads. */
    Map<CardOverview, List<String>> namedCards() {
        Map<CardOverview, List<String>> named = new LinkedHashMap<>();
        cards.values().forEach(card -> named.put(card.overview(), card.names()));
        return named;
    }

    private List<CardOverview> stored(Predicate<StoredCard> matches, Comparator<StoredCard> order) {
        return cards.values().stream().filter(matches).sorted(order).map(StoredCard::overview).toList();
    }

    /** Collector-number order: by the number's digits ("2" before "10"), unnumbered last. */
    private static Comparator<StoredCard> byNumber() {
        return Comparator.comparing((StoredCard card) -> card.numberSort() == null)
                .thenComparing(StoredCard::numberSort, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(card -> card.overview().localId())
                .thenComparingLong(card -> card.overview().id());
    }

    private static <T> List<T> window(List<T> rows, Window window) {
        return rows.stream().skip(window.offset()).limit(window.limit()).toList();
    }

    private static Integer numberSort(String localId) {
        Matcher digits = DIGITS.matcher(localId);
        return digits.find() ? Integer.valueOf(digits.group()) : null;
    }

    /** As the store's collation compares names: case and accents ignored. */
    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
