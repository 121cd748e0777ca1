package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.SetHint;
import java.util.List;
import java.util.Optional;

/** How one export format's rows become import rows. */
interface FormatRows {

    /** The columns, as the format names them, that this header lacks for the format to be read. */
    List<String> missingColumns(Header header);

    /** The row as an import row; a {@link RejectedRowException} or a domain rejection when it is not one. */
    CollectionImportRow read(Row row);

    /**
     * The most exact reference the cells allow: set and collector number when the number is there,
     * else name within the set. Without a set, or without both number and name, the row names no card.
     */
    static CardReference reference(String cardName, String setCode, String setName, String number, Optional<String> game) {
        if (setCode.isBlank() && setName.isBlank()) {
            throw new RejectedRowException("the row names no set");
        }
        SetHint set = SetHint.of(setCode, setName);
        Optional<String> name = Optional.of(cardName).filter(text -> !text.isBlank());
        if (!number.isBlank()) {
            return new CardReference.BySetAndNumber(set, number, name, game);
        }
        if (name.isEmpty()) {
            throw new RejectedRowException("the row has neither a card name nor a collector number");
        }
        return new CardReference.ByNameAndSet(name.get(), set, game);
    }

    static List<String> missing(Header header, List<List<String>> required) {
        return required.stream()
                .filter(aliases -> !header.hasAny(aliases.stream().map(Header::key).toArray(String[]::new)))
                .map(aliases -> aliases.get(0))
                .toList();
    }
}
