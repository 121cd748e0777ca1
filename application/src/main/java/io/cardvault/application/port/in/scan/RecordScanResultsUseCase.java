package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSessionId;
import java.util.List;

/** Use case: record recognised cards of a claimed session (one {@code result} event each); answers the session. */
public interface RecordScanResultsUseCase {

    ScanSessionView record(ScanSessionId id, ScanAccess.Token token, List<ScanCard> cards);
}
