package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardSearchCriteria;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns search criteria into one Lucene query whose score ranks in tiers.
 *
 * <p>Every word of the text must match somewhere (all words AND together): in a name of any
 * language, the set's names or code, or, for a word with a digit, the collector number or local
 * id. Each match scores a constant by where it matched (name and number above set), so the
 * order does not drift with term statistics. On top: the words other than numbers equal to a
 * whole name (+{@value #EXACT}) or starting one (+{@value #PREFIX}). "charizard 4/102" thus
 * puts Base Set Charizard (exact name and number) first, then other cards named exactly
 * "Charizard", then those whose name starts so. The last word also matches as a prefix, so
 * "chari" finds Charizard while it is typed. Among equal matches, the reader's language
 * (+{@value #LANGUAGE}), then English, before the others.
 */
final class CardQuery {

    static final float EXACT = 100f;
    static final float PREFIX = 30f;
    static final float NAME = 3f;
    static final float NUMBER = 4f;
    static final float NAME_PREFIX = 2f;
    static final float SET = 1f;
    /**
     * The reader's language (the first preferred one; the next gets half): below every step of the
     * scores above (all multiples of {@value #SET} / 2), so it orders equal matches only.
     */
    static final float LANGUAGE = SET / 4;

    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** Words that read as a collector number ("4", "4/102", "TG01", "SWSH001") rather than a name ("Porygon2"). */
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?i)\\p{L}{0,5}\\d+\\p{L}?(/\\p{L}{0,5}\\d+)?");

    private CardQuery() {
    }

    /** The query, or empty when the text holds nothing searchable (only punctuation). */
    static Optional<Query> of(CardSearchCriteria criteria) {
        String[] words = WORDS.split(criteria.text().strip());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> nameWords = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            Optional<Query> word = word(words[i], i == words.length - 1);
            if (word.isPresent()) {
                query.add(word.get(), Occur.MUST);
                any = true;
            }
            if (!NUMBER_LIKE.matcher(words[i]).matches()) {
                nameWords.add(words[i]);
            }
        }
        if (!any) {
            return Optional.empty();
        }
        String nameKey = CardAnalyzers.nameKey(String.join(" ", nameWords));
        if (!nameKey.isEmpty()) {
            query.add(constant(new TermQuery(new Term(CardFields.NAME_KEY, nameKey)), EXACT), Occur.SHOULD);
            query.add(constant(new PrefixQuery(new Term(CardFields.NAME_KEY, nameKey)), PREFIX), Occur.SHOULD);
        }
        float preference = LANGUAGE;
        for (String language : criteria.preferredLanguages()) {
            query.add(constant(new TermQuery(new Term(CardFields.LANGUAGE, language.toLowerCase(Locale.ROOT))), preference),
                    Occur.SHOULD);
            preference /= 2;
        }
        criteria.game().ifPresent(slug ->
                query.add(new TermQuery(new Term(CardFields.GAME, slug.toLowerCase(Locale.ROOT))), Occur.FILTER));
        criteria.set().ifPresent(setId -> query.add(LongPoint.newExactQuery(CardFields.SET_ID, setId), Occur.FILTER));
        criteria.rarityFilter().ifPresent(rarity ->
                query.add(new TermQuery(new Term(CardFields.RARITY_KEY, CardAnalyzers.nameKey(rarity))), Occur.FILTER));
        if (criteria.minPrice().isPresent() || criteria.maxPrice().isPresent()) {
            long low = criteria.minPrice().map(price -> cents(price, RoundingMode.CEILING)).orElse(Long.MIN_VALUE);
            long high = criteria.maxPrice().map(price -> cents(price, RoundingMode.FLOOR)).orElse(Long.MAX_VALUE);
            query.add(LongPoint.newRangeQuery(CardFields.PRICE_CENTS, low, high), Occur.FILTER);
        }
        return Optional.of(query.build());
    }

    private static long cents(BigDecimal usd, RoundingMode rounding) {
        BigDecimal cents = usd.movePointRight(2).setScale(0, rounding);
        return cents.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : cents.longValueExact();
    }

    /** One word: its terms in the text fields, or its whole as a number. */
    private static Optional<Query> word(String word, boolean last) {
        List<Query> alternatives = new ArrayList<>();
        List<String> terms = CardAnalyzers.terms(CardAnalyzers.QUERY, word);
        if (!terms.isEmpty()) {
            BooleanQuery.Builder allTerms = new BooleanQuery.Builder();
            for (int i = 0; i < terms.size(); i++) {
                allTerms.add(term(terms.get(i), last && i == terms.size() - 1), Occur.MUST);
            }
            alternatives.add(allTerms.build());
        }
        if (HAS_DIGIT.matcher(word).matches()) {
            alternatives.add(constant(new TermQuery(new Term(CardFields.NUMBER, CardAnalyzers.numberKey(word))), NUMBER));
        }
        return switch (alternatives.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(alternatives.get(0));
            default -> Optional.of(new DisjunctionMaxQuery(alternatives, 0f));
        };
    }

    /** One term in a name, a set name or the set code; the best place it matched counts. */
    private static Query term(String text, boolean prefixToo) {
        List<Query> places = new ArrayList<>();
        places.add(constant(new TermQuery(new Term(CardFields.NAME, text)), NAME));
        places.add(constant(new TermQuery(new Term(CardFields.SET_NAME, text)), SET));
        places.add(constant(new TermQuery(new Term(CardFields.SET_CODE, text)), SET));
        if (prefixToo) {
            places.add(constant(new PrefixQuery(new Term(CardFields.NAME, text)), NAME_PREFIX));
            places.add(constant(new PrefixQuery(new Term(CardFields.SET_NAME, text)), SET / 2));
        }
        return new DisjunctionMaxQuery(places, 0f);
    }

    private static Query constant(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }
}
