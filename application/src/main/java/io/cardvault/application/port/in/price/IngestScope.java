package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceType;
import java.util.Set;

/**
 * Which part of a file an ingest keeps. Raw points: those of {@code types} (empty = every type)
 * for {@code variants} (empty = every variant). Graded points: every variant's when
 * {@code allGraded}, else only those of {@code gradedVariants}, and only the {@code gradings} named
 * (empty = every grading). A backfill uses it to write the market series of everything and a few
 * slabs of a chosen few densely.
 */
public record IngestScope(Set<PriceType> types, Set<VariantId> variants, boolean allGraded, Set<VariantId> gradedVariants,
                          Set<Grading> gradings) {

    public static final IngestScope ALL = new IngestScope(Set.of(), Set.of(), true, Set.of(), Set.of());

    public IngestScope {
        types = Set.copyOf(types);
        variants = Set.copyOf(variants);
        gradedVariants = Set.copyOf(gradedVariants);
        gradings = Set.copyOf(gradings);
    }

    public boolean keeps(VariantId variant, PriceType type, Grading grading) {
        return keeps(variant, type) && (grading == null || gradings.isEmpty() || gradings.contains(grading));
    }

    public boolean keeps(VariantId variant, PriceType type) {
        if (!variants.isEmpty() && !variants.contains(variant)) {
            return false;
        }
        if (type == PriceType.GRADED) {
            return allGraded || gradedVariants.contains(variant);
        }
        return types.isEmpty() || types.contains(type);
    }
}
