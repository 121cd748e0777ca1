package io.cardvault.domain.price;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Lookup of the price enums by their wire code, shared so every enum parses the same way. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> code, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> code.apply(value).equals(wanted)).findFirst();
    }

    static <E extends Enum<E>> E require(Class<E> type, Function<E, String> code, String text, String what) {
        return find(type, code, text).orElseThrow(() -> new InvalidPriceDataException("unknown " + what + ": " + text));
    }
}
