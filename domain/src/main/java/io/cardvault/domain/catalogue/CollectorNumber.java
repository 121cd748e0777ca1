package io.cardvault.domain.catalogue;

import java.util.Optional;

/**
 * The number printed on a card: {@code localId/official} ("4/102" for Base Set Charizard) when
 * the set prints its official total, the bare local id otherwise (promos, secret rares beyond
 * the total are still "103/102"). The local id is text: "TG01", "SWSH001", "001" all occur.
 */
public record CollectorNumber(String localId, Integer officialTotal) {

    static final int MAX_LOCAL_ID = 32;

    public CollectorNumber {
        localId = InvalidCatalogueDataException.requireText(localId, MAX_LOCAL_ID, "local id");
        InvalidCatalogueDataException.require(officialTotal == null || officialTotal > 0,
                "an official total must be positive: " + officialTotal);
    }

    public static CollectorNumber of(String localId, Integer officialTotal) {
        return new CollectorNumber(localId, officialTotal);
    }

    public static CollectorNumber bare(String localId) {
        return new CollectorNumber(localId, null);
    }

    public Optional<Integer> official() {
        return Optional.ofNullable(officialTotal);
    }

    /** The text as printed and as collectors type it when they search: "4/102" or "SWSH001". */
    public String printed() {
        return officialTotal == null ? localId : localId + "/" + officialTotal;
    }

    @Override
    public String toString() {
        return printed();
    }
}
