package io.cardvault.domain.deck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pokémon's format calendar: the regulation marks Standard allows from each rotation day and the first
 * release Expanded admits, read from {@code pokemon-formats.properties} beside this class (which cites
 * the official rules it copies).
 */
public final class PokemonFormats {

    private static final String STANDARD = "standard.";
    private static final String EXPANDED_FIRST = "expanded.first-release";

    private final NavigableMap<LocalDate, Set<String>> standardMarks;
    private final LocalDate expandedFirstRelease;

    public PokemonFormats(Map<LocalDate, Set<String>> standardMarks, LocalDate expandedFirstRelease) {
        InvalidDeckDataException.require(standardMarks != null && !standardMarks.isEmpty(), "format",
                "Standard needs at least one rotation");
        this.standardMarks = new TreeMap<>(standardMarks);
        this.expandedFirstRelease = java.util.Objects.requireNonNull(expandedFirstRelease, "expandedFirstRelease");
    }

    /** The calendar shipped with the application. */
    public static PokemonFormats official() {
        try (InputStream in = PokemonFormats.class.getResourceAsStream("pokemon-formats.properties")) {
            if (in == null) {
                throw new IllegalStateException("pokemon-formats.properties is missing from the domain module");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<LocalDate, Set<String>> marks = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(STANDARD)) {
                    marks.put(LocalDate.parse(key.substring(STANDARD.length())),
                            Arrays.stream(properties.getProperty(key).split(",")).map(String::strip)
                                    .filter(mark -> !mark.isEmpty()).collect(Collectors.toUnmodifiableSet()));
                }
            }
            return new PokemonFormats(marks, LocalDate.parse(properties.getProperty(EXPANDED_FIRST).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marks Standard allows on that day (the newest rotation on or before it; before the first, the first's). */
    public Set<String> standardMarksOn(LocalDate day) {
        var entry = standardMarks.floorEntry(day);
        return entry == null ? standardMarks.firstEntry().getValue() : entry.getValue();
    }

    public LocalDate expandedFirstRelease() {
        return expandedFirstRelease;
    }
}
