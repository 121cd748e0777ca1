package io.cardvault.application.service.collection;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an import compares the names files write with the catalogue's: case, accents, punctuation
 * and "&" against "and" do not matter ({@code Pokémon}, {@code POKEMON}, {@code pokemon} are one
 * name), and the decorations exports add to a name or a set are dropped as a second try.
 */
final class MatchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("\\s+-\\s+\\S*\\d\\S*\\s*$");

    private MatchText() {
    }

    /** The text a name is compared by; empty for text with no letter or digit. */
    static String key(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll("");
    }

    /**
     * A card name as written and without what exports add to it: the collector number after a dash
     * (TCGplayer's "Charizard - 4/102") and text in parentheses or brackets (Collectr's "Rayquaza
     * VMAX (Alternate Art Secret)").
     */
    static Set<String> cardNameForms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name.strip());
        String bare = PARENTHESISED.matcher(NUMBER_SUFFIX.matcher(name).replaceAll("")).replaceAll(" ").strip();
        if (!bare.isEmpty()) {
            forms.add(bare);
        }
        return forms;
    }

    /**
     * A set name as written and after a series prefix ending in a colon, which TCGplayer puts
     * before its set names ("SWSH07: Evolving Skies").
     */
    static Set<String> setNameForms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name.strip());
        int colon = name.indexOf(": ");
        if (colon > 0 && colon + 2 < name.length()) {
            forms.add(name.substring(colon + 2).strip());
        }
        return forms;
    }
}
