package io.cardvault.application.port.in.collection;

import java.util.Objects;
import java.util.Optional;

/**
 * A set as an import file names it: its code ({@code base1}, {@code MEW}, {@code NEO}), its name
 * ({@code Base Set}, {@code SWSH07: Evolving Skies}) or both. Exports differ in which they write and
 * in how (TCGplayer prefixes names with a series code), so both are kept as written and the matcher
 * decides; at least one is present.
 */
public record SetHint(Optional<String> code, Optional<String> name) {

    static final int MAX_LENGTH = 200;

    public SetHint {
        code = ImportText.optional(code, MAX_LENGTH, "set code");
        name = ImportText.optional(name, MAX_LENGTH, "set name");
        ImportText.require(code.isPresent() || name.isPresent(), "set", "a set needs a code or a name");
    }

    public static SetHint code(String code) {
        return new SetHint(Optional.of(Objects.requireNonNull(code, "code")), Optional.empty());
    }

    public static SetHint name(String name) {
        return new SetHint(Optional.empty(), Optional.of(Objects.requireNonNull(name, "name")));
    }

    /** Either may be null or blank, not both. */
    public static SetHint of(String code, String name) {
        return new SetHint(Optional.ofNullable(code), Optional.ofNullable(name));
    }
}
