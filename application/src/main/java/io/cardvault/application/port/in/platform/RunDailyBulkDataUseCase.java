package io.cardvault.application.port.in.platform;

/**
 * Use case: the scheduled rewrite of the bulk files, on the one node that takes the job's lease;
 * false when another node holds it (this node skipped). Also writes the first files after the
 * first-start import.
 */
public interface RunDailyBulkDataUseCase {

    boolean runDaily();
}
