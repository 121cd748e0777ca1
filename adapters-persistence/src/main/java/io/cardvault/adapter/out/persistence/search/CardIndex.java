package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import io.cardvault.domain.shared.Money;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Currency;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene index of cards held in memory ({@link ByteBuffersDirectory}): one document per card.
 * The catalogue is small (tens of thousands of cards, a few names each: tens of MB) and every
 * node rebuilds it from the shared database, so there is nothing to keep on disk.
 *
 * <p>{@link #replaceAll} swaps the whole content in one commit; searches running meanwhile keep
 * the point-in-time view they started with ({@link SearcherManager} counts references), and
 * see the new content from the next search on. Thread-safe.
 */
final class CardIndex implements Closeable {

    private static final Currency USD = Currency.getInstance("USD");
    private static final String FACT_SEPARATOR = "\u0001";

    /**
     * Best score first; among equal scores the shorter name ("Charizard" before "Charizard ex"
     * for "char"), then id order, so pages never overlap or skip.
     */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(CardFields.NAME_LENGTH, SortField.Type.INT), new SortField(CardFields.ID, SortField.Type.LONG));

    /**
     * How documents lie in each segment: the resolver's order ({@code release_date IS NULL,
     * release_date, set id, number_sort} with nulls first, then the database's rank, which orders
     * the local ids by their collation, then id), so a name lookup in that order reads a segment's
     * matches from its start and stops after the first ones it needs.
     */
    static final Sort RESOLVER_ORDER = new Sort(new SortField(CardFields.RELEASE_DAY, SortField.Type.LONG),
            new SortField(CardFields.SET_ORDER, SortField.Type.LONG), new SortField(CardFields.NUMBER_ORDER, SortField.Type.LONG),
            new SortField(CardFields.RESOLVER_RANK, SortField.Type.LONG), new SortField(CardFields.ID, SortField.Type.LONG));

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** False only in tests of lookups across segments. */
    private final boolean oneSegment;

    CardIndex() throws IOException {
        this(IndexWriterConfig.DISABLE_AUTO_FLUSH, true);
    }

    /**
     * {@code flushEveryDocs}: a segment per that many cards (tests), or only by memory
     * ({@link IndexWriterConfig#DISABLE_AUTO_FLUSH}); {@code oneSegment}: merge them into one after
     * each {@link #replaceAll}, or leave them (tests of lookups across segments).
     */
    CardIndex(int flushEveryDocs, boolean oneSegment) throws IOException {
        this.oneSegment = oneSegment;
        writer = new IndexWriter(directory, new IndexWriterConfig(CardAnalyzers.INDEX)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setIndexSort(RESOLVER_ORDER)
                .setRAMBufferSizeMB(64)
                .setMaxBufferedDocs(flushEveryDocs));
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    /**
     * Replaces everything with {@code cards}; returns how many were indexed. The content is merged
     * into one segment: every lookup pays its terms' dictionary seeks and its first matches once per
     * segment, and a large catalogue otherwise leaves one segment per flushed buffer (a rebuild is
     * rare and in the background; a lookup is on every request).
     */
    synchronized int replaceAll(Iterable<IndexedCard> cards) throws IOException {
        writer.deleteAll();
        int count = 0;
        for (IndexedCard card : cards) {
            writer.addDocument(document(card));
            count++;
        }
        if (oneSegment) {
            writer.forceMerge(1);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        return count;
    }

    CardSearchPage search(CardSearchCriteria criteria) throws IOException {
        Optional<Query> query = CardQuery.of(criteria);
        if (query.isEmpty()) {
            return CardSearchPage.empty();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            int maxDoc = searcher.getIndexReader().maxDoc();
            if (maxDoc == 0) {
                return CardSearchPage.empty();
            }
            if (criteria.offset() >= maxDoc) {
                return new CardSearchPage(List.of(), searcher.count(query.get()));
            }
            int wanted = (int) Math.min((long) criteria.offset() + criteria.limit(), maxDoc);
            TopFieldDocs top = searcher.search(query.get(), new TopFieldCollectorManager(ORDER, wanted, null, Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            List<CardSearchHit> hits = new ArrayList<>(criteria.limit());
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = criteria.offset(); i < docs.length; i++) {
                hits.add(hit(stored.document(docs[i].doc)));
            }
            return new CardSearchPage(hits, top.totalHits.value);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The ids of the cards one of whose names (in any language) contains {@code text}, ignoring
     * case, accents and full-width forms: every trigram of the text must be among a name's
     * trigrams, and the candidates are then confirmed against the folded names. Empty when the
     * text is shorter than a trigram (it would match most of the catalogue; the caller scans).
     */
    Optional<Set<Long>> cardsWithNameContaining(String text) throws IOException {
        String needle = CardAnalyzers.folded(text);
        if (needle.length() < CardAnalyzers.GRAM) {
            return Optional.empty();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<Long> ids = new HashSet<>();
            Weight weight = noScores(searcher, everyTrigramOf(needle).build());
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NameMatches names = NameMatches.in(weight, leaf, needle);
                if (names == null) {
                    continue;
                }
                NumericDocValues cardIds = DocValues.getNumeric(leaf.reader(), CardFields.ID);
                for (int doc = names.next(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = names.next()) {
                    ids.add(value(cardIds, doc));
                }
            }
            return Optional.of(ids);
        } finally {
            searchers.release(searcher);
        }
    }

    /** A query every one of whose clauses is a trigram of the folded {@code needle}: the names that may contain it. */
    private static BooleanQuery.Builder everyTrigramOf(String needle) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        new LinkedHashSet<>(CardAnalyzers.terms(CardAnalyzers.TRIGRAMS, needle)).forEach(gram ->
                query.add(new TermQuery(new Term(CardFields.NAME_GRAMS, gram)), Occur.FILTER));
        return query;
    }

    /**
     * The overviews of the first {@code limit} cards of {@code gameSlug} (any game when null) one of
     * whose names contains {@code text}, ignoring case, accents and full-width forms, in the
     * resolver's order (release day, set, number's numeric part, then the database's rank of the
     * local id and id): each segment lies in that order, so it is read from its start and left after
     * its first {@code limit} confirmed matches; the segments' firsts are merged and the first
     * {@code limit} of them read. A common name over a large catalogue costs what its first matches
     * cost. Empty when the text is shorter than a trigram.
     */
    Optional<List<CardOverview>> firstCardsNamed(String gameSlug, String text, int limit) throws IOException {
        String needle = CardAnalyzers.folded(text);
        if (needle.length() < CardAnalyzers.GRAM) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = everyTrigramOf(needle);
        if (gameSlug != null) {
            query.add(new TermQuery(new Term(CardFields.GAME, gameSlug.toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Weight weight = noScores(searcher, query.build());
            List<OrderedMatch> matches = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NameMatches names = NameMatches.in(weight, leaf, needle);
                if (names == null) {
                    continue;
                }
                NumericDocValues releaseDays = DocValues.getNumeric(leaf.reader(), CardFields.RELEASE_DAY);
                NumericDocValues sets = DocValues.getNumeric(leaf.reader(), CardFields.SET_ORDER);
                NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), CardFields.NUMBER_ORDER);
                NumericDocValues ranks = DocValues.getNumeric(leaf.reader(), CardFields.RESOLVER_RANK);
                NumericDocValues ids = DocValues.getNumeric(leaf.reader(), CardFields.ID);
                // the segment lies in the resolver's order: after its first limit matches the rest come later
                int confirmed = 0;
                for (int doc = names.next(); doc != DocIdSetIterator.NO_MORE_DOCS && confirmed < limit; doc = names.next()) {
                    matches.add(new OrderedMatch(value(releaseDays, doc), value(sets, doc), value(numbers, doc),
                            value(ranks, doc), value(ids, doc), leaf, doc));
                    confirmed++;
                }
            }
            matches.sort(OrderedMatch.ORDER);
            List<CardOverview> first = new ArrayList<>(Math.min(limit, matches.size()));
            Map<LeafReaderContext, Overviews> overviewsByLeaf = new HashMap<>(); // one iterator per segment, not per card
            for (OrderedMatch match : matches.subList(0, Math.min(limit, matches.size()))) {
                first.add(overviewsByLeaf.computeIfAbsent(match.leaf(), Overviews::new).of(match.doc()));
            }
            return Optional.of(first);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * One segment's overviews, read as binary doc values: uncompressed, so a page's 25 cards cost 25
     * short copies where stored fields decompressed a block of neighbours for each. A doc-values
     * iterator only moves forward; a page's matches of one segment come in document order (the
     * segment lies in the resolver's order), and a doc before the last one read gets a new iterator.
     */
    private static final class Overviews {

        private final LeafReaderContext leaf;
        private BinaryDocValues values;
        private int lastDoc = -1;

        Overviews(LeafReaderContext leaf) {
            this.leaf = leaf;
        }

        CardOverview of(int doc) {
            try {
                if (values == null || doc < lastDoc) {
                    values = DocValues.getBinary(leaf.reader(), CardFields.OVERVIEW);
                }
                lastDoc = doc;
                if (!values.advanceExact(doc)) {
                    throw new IllegalStateException("document " + doc + " lacks its overview");
                }
                BytesRef overview = values.binaryValue();
                return StoredOverview.decode(overview.bytes, overview.offset, overview.length);
            } catch (IOException e) {
                throw new UncheckedIOException("in-memory search index unreadable", e);
            }
        }
    }

    private static Weight noScores(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /**
     * One segment's documents that the trigram query found and whose folded names really contain the
     * needle (trigrams alone also match names holding them apart), live ones only, in document order.
     */
    private record NameMatches(DocIdSetIterator candidates, Bits live, BinaryDocValues foldedNames, byte[] wanted) {

        /** Null when the query finds nothing in the segment. */
        static NameMatches in(Weight weight, LeafReaderContext leaf, String needle) throws IOException {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                return null;
            }
            return new NameMatches(scorer.iterator(), leaf.reader().getLiveDocs(),
                    DocValues.getBinary(leaf.reader(), CardFields.NAME_FOLDED), needle.getBytes(StandardCharsets.UTF_8));
        }

        /** The next confirmed document, or {@link DocIdSetIterator#NO_MORE_DOCS}. */
        int next() throws IOException {
            for (int doc = candidates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = candidates.nextDoc()) {
                if ((live == null || live.get(doc)) && namesContain(foldedNames, doc, wanted)) {
                    return doc;
                }
            }
            return DocIdSetIterator.NO_MORE_DOCS;
        }
    }

    /** A match's place in the resolver's order, and where its document lies. */
    private record OrderedMatch(long releaseDay, long setId, long number, long rank, long id, LeafReaderContext leaf,
                                int doc) {

        static final Comparator<OrderedMatch> ORDER = Comparator.comparingLong(OrderedMatch::releaseDay)
                .thenComparingLong(OrderedMatch::setId).thenComparingLong(OrderedMatch::number)
                .thenComparingLong(OrderedMatch::rank).thenComparingLong(OrderedMatch::id);
    }

    /** Whether one of the document's folded names (UTF-8, one per line) contains {@code wanted}'s bytes. */
    private static boolean namesContain(BinaryDocValues foldedNames, int doc, byte[] wanted) throws IOException {
        if (!foldedNames.advanceExact(doc)) {
            return false;
        }
        BytesRef names = foldedNames.binaryValue();
        int last = names.offset + names.length - wanted.length;
        outer:
        for (int from = names.offset; from <= last; from++) {
            for (int i = 0; i < wanted.length; i++) {
                if (names.bytes[from + i] != wanted[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("document " + doc + " lacks the resolver's order values");
        }
        return values.longValue();
    }

    /** Heap held by the index files (the writer's buffers come on top only while it builds). */
    long ramBytesUsed() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    /** How many segments a lookup visits. */
    int segments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private static CardSearchHit hit(Document document) {
        return new CardSearchHit(new CardId(document.getField(CardFields.ID).numericValue().longValue()),
                document.get(CardFields.SHOWN_NAME), document.get(CardFields.LOCAL_ID), document.get(CardFields.RARITY),
                document.get(CardFields.CATEGORY), document.get(CardFields.SHOWN_SET_NAME),
                document.get(CardFields.SHOWN_SET_CODE), document.get(CardFields.GAME), bestPrice(document),
                document.get(CardFields.SHOWN_CHANGE_7D) == null ? null : new BigDecimal(document.get(CardFields.SHOWN_CHANGE_7D)),
                imageFacts(document.get(CardFields.SHOWN_IMAGE_FACTS), document.get(CardFields.LOCAL_ID)).images().orElse(null));
    }

    /**
     * The picture facts as one stored text (catalogue, language, series id, set id, Scryfall id,
     * YGOPRODeck id; the local id is stored apart): kept only for cards a source addresses, and
     * derived again per hit, so the index holds a few dozen bytes per card rather than two URLs.
     */
    static String imageFacts(CardImageFacts facts) {
        return Stream.of(facts.catalogue(), facts.language(), facts.seriesId(), facts.setExternalId(),
                facts.scryfallId() == null ? null : facts.scryfallId().toString(),
                facts.ygoprodeckId() == null ? null : facts.ygoprodeckId().toString())
                .map(value -> value == null ? "" : value).collect(Collectors.joining(FACT_SEPARATOR));
    }

    static CardImageFacts imageFacts(String stored, String localId) {
        if (stored == null) {
            return CardImageFacts.none();
        }
        String[] parts = stored.split(FACT_SEPARATOR, -1);
        return new CardImageFacts(text(parts[0]), text(parts[1]), text(parts[2]), text(parts[3]), localId,
                parts[4].isEmpty() ? null : UUID.fromString(parts[4]), parts[5].isEmpty() ? null : Long.valueOf(parts[5]));
    }

    private static String text(String part) {
        return part.isEmpty() ? null : part;
    }

    private static Money bestPrice(Document document) {
        IndexableField cents = document.getField(CardFields.SHOWN_PRICE_CENTS);
        return cents == null ? null : new Money(USD, BigDecimal.valueOf(cents.numericValue().longValue(), 2));
    }

    private static Document document(IndexedCard card) {
        Document document = new Document();
        document.add(new StoredField(CardFields.ID, card.id()));
        document.add(new NumericDocValuesField(CardFields.ID, card.id()));
        document.add(new NumericDocValuesField(CardFields.NAME_LENGTH, card.name().length()));
        Set<String> names = new LinkedHashSet<>();
        names.add(card.name());
        names.addAll(card.names());
        Set<String> nameKeys = new LinkedHashSet<>();
        for (String name : names) {
            document.add(new TextField(CardFields.NAME, name, Store.NO));
            nameKeys.add(CardAnalyzers.nameKey(name));
        }
        Set<String> trigrams = new HashSet<>();
        List<String> foldedNames = new ArrayList<>(names.size());
        for (String name : names) {
            String folded = CardAnalyzers.folded(name);
            foldedNames.add(folded);
            trigrams.addAll(CardAnalyzers.terms(CardAnalyzers.TRIGRAMS, folded));
        }
        trigrams.forEach(gram -> document.add(new StringField(CardFields.NAME_GRAMS, gram, Store.NO)));
        document.add(new BinaryDocValuesField(CardFields.NAME_FOLDED,
                new BytesRef(String.join("\n", foldedNames).getBytes(StandardCharsets.UTF_8))));
        nameKeys.stream().filter(key -> !key.isEmpty())
                .forEach(key -> document.add(new StringField(CardFields.NAME_KEY, key, Store.NO)));
        Set<String> numbers = new LinkedHashSet<>();
        for (String number : List.of(card.collectorNumber(), card.localId())) {
            numbers.add(number.strip().toLowerCase(Locale.ROOT));
            numbers.add(CardAnalyzers.numberKey(number));
        }
        numbers.forEach(number -> document.add(new StringField(CardFields.NUMBER, number, Store.NO)));
        Set<String> setNames = new LinkedHashSet<>();
        setNames.add(card.setName());
        setNames.addAll(card.setNames());
        setNames.forEach(name -> document.add(new TextField(CardFields.SET_NAME, name, Store.NO)));
        document.add(new StringField(CardFields.SET_CODE, card.setCode().toLowerCase(Locale.ROOT), Store.NO));
        if (card.imageFacts().language() != null) {
            document.add(new StringField(CardFields.LANGUAGE, card.imageFacts().language().toLowerCase(Locale.ROOT), Store.NO));
        }
        document.add(new StringField(CardFields.GAME, card.gameSlug().toLowerCase(Locale.ROOT), Store.YES));
        document.add(new LongPoint(CardFields.SET_ID, card.setId()));
        document.add(new NumericDocValuesField(CardFields.RELEASE_DAY,
                card.setReleaseDate() == null ? Long.MAX_VALUE : card.setReleaseDate().toEpochDay()));
        document.add(new NumericDocValuesField(CardFields.SET_ORDER, card.setId()));
        document.add(new NumericDocValuesField(CardFields.NUMBER_ORDER, card.numberSort() == null ? Long.MIN_VALUE : card.numberSort()));
        document.add(new NumericDocValuesField(CardFields.RESOLVER_RANK, card.resolverRank() == null ? 0 : card.resolverRank()));
        document.add(new BinaryDocValuesField(CardFields.OVERVIEW, new BytesRef(StoredOverview.encode(card.overview()))));
        if (card.rarity() != null) {
            document.add(new StringField(CardFields.RARITY_KEY, CardAnalyzers.nameKey(card.rarity()), Store.NO));
            document.add(new StoredField(CardFields.RARITY, card.rarity()));
        }
        if (card.bestPriceCents() != null) {
            document.add(new LongPoint(CardFields.PRICE_CENTS, card.bestPriceCents()));
            document.add(new StoredField(CardFields.SHOWN_PRICE_CENTS, card.bestPriceCents()));
        }
        if (card.priceChange7d() != null) {
            document.add(new StoredField(CardFields.SHOWN_CHANGE_7D, card.priceChange7d().toPlainString()));
        }
        if (card.category() != null) {
            document.add(new StoredField(CardFields.CATEGORY, card.category()));
        }
        document.add(new StoredField(CardFields.SHOWN_NAME, card.name()));
        document.add(new StoredField(CardFields.LOCAL_ID, card.localId()));
        document.add(new StoredField(CardFields.SHOWN_SET_NAME, card.setName()));
        document.add(new StoredField(CardFields.SHOWN_SET_CODE, card.setCode()));
        if (card.imageFacts().images().isPresent()) {
            document.add(new StoredField(CardFields.SHOWN_IMAGE_FACTS, imageFacts(card.imageFacts())));
        }
        return document;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
