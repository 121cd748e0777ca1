package io.cardvault.application.port.in.collection;

import java.util.Comparator;
import java.util.List;

/**
 * What an import did, line by line: the lines that became new entries, the lines whose copies went
 * into a holding that already existed, and the lines refused with the reason. Every data line of the
 * file is in exactly one of the three lists; each list is in line order.
 */
public record CollectionImportResult(List<ImportedLine> imported, List<MergedLine> merged, List<RejectedLine> rejected) {

    public CollectionImportResult {
        imported = imported.stream().sorted(Comparator.comparingInt(ImportedLine::line)).toList();
        merged = merged.stream().sorted(Comparator.comparingInt((MergedLine merge) -> merge.row().line())).toList();
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedLine::line)).toList();
    }

    public int importedCount() {
        return imported.size();
    }

    public int mergedCount() {
        return merged.size();
    }

    public int rejectedCount() {
        return rejected.size();
    }

    /** Copies the import added to the collection, over new and merged lines alike. */
    public int copiesAdded() {
        return imported.stream().mapToInt(ImportedLine::quantity).sum()
                + merged.stream().mapToInt(merge -> merge.row().quantity()).sum();
    }

    /** True when nothing of the file went into the collection. */
    public boolean storedNothing() {
        return imported.isEmpty() && merged.isEmpty();
    }
}
