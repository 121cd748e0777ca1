package io.cardvault.domain.catalogue;

/** Rows inserted and updated per level of the catalogue by one write. */
public record ChangeCounts(int setsInserted, int setsUpdated,
                           int cardsInserted, int cardsUpdated,
                           int printingsInserted, int printingsUpdated,
                           int variantsInserted, int variantsUpdated) {

    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public ChangeCounts plus(ChangeCounts other) {
        return new ChangeCounts(setsInserted + other.setsInserted, setsUpdated + other.setsUpdated,
                cardsInserted + other.cardsInserted, cardsUpdated + other.cardsUpdated,
                printingsInserted + other.printingsInserted, printingsUpdated + other.printingsUpdated,
                variantsInserted + other.variantsInserted, variantsUpdated + other.variantsUpdated);
    }

    public boolean isZero() {
        return equals(NONE);
    }
}
