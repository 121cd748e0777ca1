package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.ImportCandidateQuery;
import io.cardvault.application.port.out.catalogue.ImportableSet;
import io.cardvault.domain.catalogue.CardDetails;
import java.util.List;

/**
 * Outgoing port: the catalogue as a collection import reads it, in bulk. An import asks for the
 * sets once and for the cards its rows could name once, whatever the number of rows, so a
 * 10,000-row file costs a handful of queries rather than one per row.
 */
public interface LoadImportCandidatesPort {

    /** Every set of the catalogue with its code and names, for matching what files call their sets. */
    List<ImportableSet> sets();

    /** The cards the query names (see {@link ImportCandidateQuery}), with set, printings and variants, in no order. */
    List<CardDetails> candidates(ImportCandidateQuery query);
}
