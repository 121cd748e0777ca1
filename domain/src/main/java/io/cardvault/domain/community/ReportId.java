package io.cardvault.domain.community;

/** The store's number for a report. */
public record ReportId(long value) {

    public ReportId {
        InvalidCommunityDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
