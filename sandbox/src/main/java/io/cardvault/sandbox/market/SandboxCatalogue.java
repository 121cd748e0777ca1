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
    private final Object reading = new Object();
    /** Numbers the snapshots, under {@link #reading}. */
    private long generation;

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
        if (fresh(now)) {
            return now;
        }
        // one read at a time: the files a backfill fetches ahead ask together, and each read is a copy of every variant
        synchronized (reading) {
            now = snapshot.get();
            if (fresh(now)) {
                return now;
            }
            List<PricedVariant> variants = pricedVariants.pricedVariants();
            now = new Snapshot(variants, new TreeMap<>(SandboxFiles.byGroup(variants)), nanoClock.getAsLong(), ++generation);
            if (!variants.isEmpty()) {
                snapshot.set(now);
                long taken = now.generation;
                // the task names its snapshot by number: holding the snapshot would keep a replaced one ten minutes more
                later.accept(() -> snapshot.updateAndGet(held -> held != null && held.generation == taken ? null : held), KEEP);
            }
            return now;
        }
    }

    private boolean fresh(Snapshot held) {
        return held != null && nanoClock.getAsLong() - held.takenAt <= KEEP.toNanos();
    }

    /** Whether a snapshot of the variants is held now. */
    boolean holdsVariants() {
        return snapshot.get() != null;
    }

    private static final class Snapshot {
        final List<PricedVariant> variants;
        final Map<Long, List<PricedVariant>> groups;
        final long takenAt;
        final long generation;
        volatile ShowcaseVariants showcase;

        Snapshot(List<PricedVariant> variants, Map<Long, List<PricedVariant>> groups, long takenAt, long generation) {
            this.variants = variants;
            this.groups = groups;
            this.takenAt = takenAt;
            this.generation = generation;
        }
    }

    private record ShowcaseVariants(Showcase showcase, List<PricedVariant> variants) {
    }
}
