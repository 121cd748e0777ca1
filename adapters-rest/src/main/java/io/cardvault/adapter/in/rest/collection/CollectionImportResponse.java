package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionImportResult;
import io.cardvault.application.port.in.collection.ImportedLine;
import io.cardvault.application.port.in.collection.MergedLine;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.catalogue.VariantId;
import java.util.List;

/**
 * The answer to {@code POST /collection/import}: the format the header named, every data line in
 * one of three lists (in line order) and the counts. Lines count from 1 with the header as line 1.
 *
 * @param format        {@code cardvault}, {@code tcgplayer}, {@code collectr}, {@code cardmarket} or {@code generic}
 * @param imported      lines that became new collection entries
 * @param merged        lines whose copies went into a holding already owned ({@code merged_into_line} null) or
 *                      brought by an earlier line of the file ({@code merged_into_line} that line)
 * @param rejected      lines that gave no entry, with the reason
 * @param copiesAdded   copies added over imported and merged lines
 */
public record CollectionImportResponse(String format,
                                       List<ImportedRow> imported,
                                       List<MergedRow> merged,
                                       List<RejectedRow> rejected,
                                       int importedCount,
                                       int mergedCount,
                                       int rejectedCount,
                                       int copiesAdded) {

    /** A line that found its card, and the entry it went into. */
    public record ImportedRow(int line, long entryId, long cardId, Long variantId, String cardName, String setName, int quantity,
                              String condition) {

        static ImportedRow from(ImportedLine line) {
            return new ImportedRow(line.line(), line.entry().value(), line.card().value(),
                    line.variant().map(VariantId::value).orElse(null), line.cardName(), line.setName(), line.quantity(),
                    line.condition().name());
        }
    }

    /** A line added to an existing holding; {@code holding_quantity} is the holding's copies after it. */
    public record MergedRow(int line, long entryId, long cardId, Long variantId, String cardName, String setName, int quantity,
                            String condition, Integer mergedIntoLine, int holdingQuantity) {

        static MergedRow from(MergedLine merge) {
            ImportedRow row = ImportedRow.from(merge.row());
            return new MergedRow(row.line(), row.entryId(), row.cardId(), row.variantId(), row.cardName(), row.setName(),
                    row.quantity(), row.condition(), merge.earlierLine().isPresent() ? merge.earlierLine().getAsInt() : null,
                    merge.holdingQuantity());
        }
    }

    public record RejectedRow(int line, String reason) {

        static RejectedRow from(RejectedLine line) {
            return new RejectedRow(line.line(), line.reason());
        }
    }

    static CollectionImportResponse from(CollectionFileFormat format, CollectionImportResult result) {
        return new CollectionImportResponse(format.code(),
                result.imported().stream().map(ImportedRow::from).toList(),
                result.merged().stream().map(MergedRow::from).toList(),
                result.rejected().stream().map(RejectedRow::from).toList(),
                result.importedCount(), result.mergedCount(), result.rejectedCount(), result.copiesAdded());
    }
}
