package io.cardvault.adapter.in.rest.price;

import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.Region;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the price routes' coded query parameters; an unknown code is a 422 naming the parameter
 * and the permitted values, as FastAPI words an enum mismatch. The legacy routes call TCGplayer's
 * data {@code tcgplayer} (their examples do); the source code behind it is {@code tcgcsv}.
 */
final class PriceParams {

    static final String LEGACY_TCGPLAYER = "tcgplayer";
    private static final DateTimeFormatter OFFSET_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private PriceParams() {
    }

    static Optional<PriceSource> source(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = LEGACY_TCGPLAYER.equalsIgnoreCase(text.strip()) ? PriceSource.TCGCSV.code() : text;
        return Optional.of(PriceSource.find(code).orElseThrow(() -> invalid("source",
                Arrays.stream(PriceSource.values()).map(PriceSource::code).collect(Collectors.joining("', '")))));
    }

    static Optional<GradingCompany> gradingCompany(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(GradingCompany.find(text).orElseThrow(() -> invalid("grading_company",
                Arrays.stream(GradingCompany.values()).map(GradingCompany::code).collect(Collectors.joining("', '")))));
    }

    static Region region(String text) {
        return Region.find(text).orElseThrow(() -> invalid("region", "eu', 'us', 'jp', 'global"));
    }

    static <E> E oneOf(String parameter, String text, Function<String, Optional<E>> find, List<String> permitted) {
        return find.apply(text).orElseThrow(() -> invalid(parameter, String.join("', '", permitted)));
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The code a legacy route shows for a source. */
    static String legacySource(PriceSource source) {
        return source == PriceSource.TCGCSV ? LEGACY_TCGPLAYER : source.code();
    }

    /** Legacy timestamps of a price dated by day: that day's UTC midnight. */
    static String recordedAt(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    /** {@code 2026-05-26T00:00:00+00:00}, as the sales example prints a day. */
    static String midnightOffset(LocalDate day) {
        return OFFSET_TIMESTAMP.format(OffsetDateTime.of(day.atStartOfDay(), ZoneOffset.UTC));
    }

    static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    static InvalidParameterException invalid(String parameter, String permitted) {
        return new InvalidParameterException(new FieldError(List.of("query", parameter),
                "value is not a valid enumeration member; permitted: '" + permitted + "'", "type_error.enum"));
    }
}
