package io.cardvault.sandbox.market;

import io.cardvault.application.port.in.price.ListPricedVariantsUseCase;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the sandbox market quotes: the catalogue's priced variants, read through the use case and
 * kept for ten minutes (a backfill asks for hundreds of files in a row; an empty catalogue, still
 * importing, is asked again every time).
 */
@ApplicationScoped
class SandboxCatalogue {

    private static final long KEEP_NANOS = 10L * 60 * 1_000_000_000L;

    private final ListPricedVariantsUseCase pricedVariants;
    private volatile Snapshot snapshot;

    @Inject
    SandboxCatalogue(ListPricedVariantsUseCase pricedVariants) {
        this.pricedVariants = pricedVariants;
    }

    /** For CDI's client proxy only. */
    protected SandboxCatalogue() {
        this.pricedVariants = null;
    }

    List<PricedVariant> variants() {
        return current().variants;
    }

    /** The priced variants of the showcase's cards, in catalogue order (worked out once per catalogue read). */
    List<PricedVariant> showcase(Showcase showcase) {
        Snapshot now = current();
        ShowcaseVariants kept = now.showcase;
        if (kept == null || !kept.showcase.equals(showcase)) {
            Set<VariantId> chosen = showcase.variantsOf(now.variants);
            kept = new ShowcaseVariants(showcase, now.variants.stream().filter(v -> chosen.contains(v.variantId())).toList());
            now.showcase = kept;
        }
        return kept.variants;
    }

    /** The priced variants of one tcgcsv group (empty when the group is unknown). */
    List<PricedVariant> group(long groupId) {
        return current().groups.getOrDefault(groupId, List.of());
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || System.nanoTime() - now.takenAt > KEEP_NANOS) {
            List<PricedVariant> variants = pricedVariants.pricedVariants();
            now = new Snapshot(variants, new TreeMap<>(SandboxFiles.byGroup(variants)), System.nanoTime());
            if (!variants.isEmpty()) {
                snapshot = now;
            }
        }
        return now;
    }

    private static final class Snapshot {
        final List<PricedVariant> variants;
        final Map<Long, List<PricedVariant>> groups;
        final long takenAt;
        volatile ShowcaseVariants showcase;

        Snapshot(List<PricedVariant> variants, Map<Long, List<PricedVariant>> groups, long takenAt) {
            this.variants = variants;
            this.groups = groups;
            this.takenAt = takenAt;
        }
    }

    private record ShowcaseVariants(Showcase showcase, List<PricedVariant> variants) {
    }
}
