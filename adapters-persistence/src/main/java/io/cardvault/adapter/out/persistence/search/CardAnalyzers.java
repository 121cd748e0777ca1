package io.cardvault.adapter.out.persistence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * How names are cut into searchable terms, the same way for the index and for a query.
 *
 * <p>Unicode word boundaries (StandardTokenizer), full-width forms made half-width, lowercase,
 * accents folded to ASCII ("Pokémon" → "pokemon"), possessives dropped ("Blaine's" → "blaine").
 * Scripts written without spaces become overlapping character bigrams: Japanese, Chinese and
 * Korean through {@link CJKBigramFilter}, Thai (one token per run of Thai letters) through
 * {@link NGramTokenFilter}. The index also keeps single characters, so a one-character query
 * still finds its cards; a longer query asks for bigrams only, which keeps it precise.
 */
final class CardAnalyzers {

    private static final String THAI_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.SOUTHEAST_ASIAN];
    private static final int ALL_CJK = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    /** Index side: bigrams plus unigrams. */
    static final Analyzer INDEX = new TextAnalyzer(true);
    /** Query side: bigrams only (a lone character stays a unigram). */
    static final Analyzer QUERY = new TextAnalyzer(false);
    /** Folding without bigrams: the whole-name key for exact and prefix matches. */
    private static final Analyzer KEY = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }
    };

    /** A whole name folded as one term, spaces kept: what a substring is looked for in. */
    private static final Analyzer WHOLE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(source))));
        }
    };

    /** Trigrams of a whole folded name: any substring of three or more characters has all its trigrams in it. */
    static final Analyzer TRIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
            return new TokenStreamComponents(source, new NGramTokenFilter(folded, GRAM, GRAM, false));
        }
    };

    /** Substring lookups need at least one whole trigram; shorter text matches too much to be worth an index. */
    static final int GRAM = 3;

    private CardAnalyzers() {
    }

    /** A name folded for substring matching: case, accents and full-width forms ignored, spaces kept. */
    static String folded(String text) {
        List<String> whole = terms(WHOLE, text);
        return whole.isEmpty() ? "" : whole.get(0);
    }

    private static TokenStream fold(TokenStream source) {
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new EnglishPossessiveFilter(stream);
    }

    /** A whole name as one comparable key: "Blaine's  Charizard" and "blaine's charizard" → "blaine charizard". */
    static String nameKey(String text) {
        return String.join(" ", terms(KEY, text));
    }

    /** A collector number as one comparable key: case folded, leading zeros of numeric parts dropped ("004/102" → "4/102"). */
    static String numberKey(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("/", -1);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append('/');
            }
            String part = parts[i];
            key.append(part.matches("0+\\d") || part.matches("0+[1-9]\\d*") ? part.replaceFirst("^0+(?=\\d)", "") : part);
        }
        return key.toString();
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return terms;
    }

    private static final class TextAnalyzer extends Analyzer {

        private final boolean indexSide;

        TextAnalyzer(boolean indexSide) {
            this.indexSide = indexSide;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(fold(source), ALL_CJK, indexSide);
            stream = new ThaiBigrams(stream, indexSide);
            return new TokenStreamComponents(source, stream);
        }
    }

    /** Cuts runs of Thai letters into bigrams; on the index side keeps the run and its letters too. */
    private static final class ThaiBigrams extends ConditionalTokenFilter {

        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ThaiBigrams(TokenStream input, boolean indexSide) {
            super(input, in -> indexSide ? new NGramTokenFilter(in, 1, 2, true) : new NGramTokenFilter(in, 2, 2, false));
        }

        @Override
        protected boolean shouldFilter() {
            return THAI_TYPE.equals(type.type()) && term.length() > 1;
        }
    }
}
