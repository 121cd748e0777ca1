package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.SkippedRow;
import io.cardvault.domain.catalogue.ChangeCounts;
import java.util.List;
import java.util.Locale;

/** One import job as operators read it; at most {@link #SKIPPED_ROWS_SHOWN} skipped rows per source are listed. */
public record CatalogueImportResponse(long id,
                                      String status,
                                      List<String> sources,
                                      String startedAt,
                                      String finishedAt,
                                      List<SourceReport> reports,
                                      List<SourceFailure> failures) {

    static final int SKIPPED_ROWS_SHOWN = 50;

    /** Rows inserted and updated per level; all zero when the source held nothing new. */
    public record Changes(int setsInserted, int setsUpdated, int cardsInserted, int cardsUpdated, int printingsInserted,
                          int printingsUpdated, int variantsInserted, int variantsUpdated) {

        static Changes from(ChangeCounts counts) {
            return new Changes(counts.setsInserted(), counts.setsUpdated(), counts.cardsInserted(), counts.cardsUpdated(),
                    counts.printingsInserted(), counts.printingsUpdated(), counts.variantsInserted(), counts.variantsUpdated());
        }
    }

    public record SourceReport(String source, int sets, int cards, int printings, int variants, Changes changes,
                               int skipped, List<SkippedRow> skippedRows, long durationMs) {

        static SourceReport from(ImportReport report) {
            return new SourceReport(report.source(), report.sets(), report.cards(), report.printings(), report.variants(),
                    Changes.from(report.changes()), report.skipped().size(),
                    report.skipped().subList(0, Math.min(SKIPPED_ROWS_SHOWN, report.skipped().size())),
                    report.duration().toMillis());
        }
    }

    public record SourceFailure(String source, String detail) {
    }

    static CatalogueImportResponse from(CatalogueImportJob job) {
        return new CatalogueImportResponse(job.number(), job.state().name().toLowerCase(Locale.ROOT), job.sources(),
                job.startedAt().toString(), job.finishedAt() == null ? null : job.finishedAt().toString(),
                job.reports().stream().map(SourceReport::from).toList(),
                job.failures().stream().map(failure -> new SourceFailure(failure.source(), failure.detail())).toList());
    }
}
