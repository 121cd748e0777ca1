package io.cardvault.sandbox.market;

import io.cardvault.application.port.in.price.ListPricedVariantsUseCase;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * What the sandbox market quotes: the catalogue's priced variants, read through the use case and
 * kept for ten minutes (a backfill asks for hundreds of files in a row; an empty catalogue, still
 * importing, is asked again every time). Then they are let go, not only read again on the next ask:
 * after a first start's backfill nothing asks for hours, and the variants of every game (~0.5 KB each,
 * strings unshared) would stay on the heap for nothing (issue 21).
 */
@ApplicationScoped
class SandboxCatalogue {

    static final Duration KEEP = Duration.ofMinutes(10);

    private final ListPricedVariantsUseCase pricedVariants;
    private final LongSupplier nanoClock;
    /** Runs a task once after a delay: the container's managed scheduler in the server. */
    private final BiConsumer<Runnable, Duration> later;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    @Inject
    SandboxCatalogue(ListPricedVariantsUseCase pricedVariants, ManagedScheduledExecutorService scheduler) {
        this(pricedVariants, System::nanoTime, (task, delay) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    SandboxCatalogue(ListPricedVariantsUseCase pricedVariants, LongSupplier nanoClock, BiConsumer<Runnable, Duration> later) {
        this.pricedVariants = pricedVariants;
        this.nanoClock = nanoClock;
        this.later = later;
    }

    /** For CDI's client proxy only. */
    protected SandboxCatalogue() {
        this.pricedVariants = null;
        this.nanoClock = null;
        this.later = null;
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
        Snapshot now = snapshot.get();
        if (now == null || nanoClock.getAsLong() - now.takenAt > KEEP.toNanos()) {
            List<PricedVariant> variants = pricedVariants.pricedVariants();
            now = new Snapshot(variants, new TreeMap<>(SandboxFiles.byGroup(variants)), nanoClock.getAsLong());
            if (!variants.isEmpty()) {
                snapshot.set(now);
                Snapshot taken = now;
                // a newer snapshot taken meanwhile stays: its own task lets it go
                later.accept(() -> snapshot.compareAndSet(taken, null), KEEP);
            }
        }
        return now;
    }

    /** Whether a snapshot of the variants is held now. */
    boolean holdsVariants() {
        return snapshot.get() != null;
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
