package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.CheckHealthUseCase;
import io.cardvault.application.port.in.platform.HealthReport;
import io.cardvault.application.port.out.HealthProbePort;
import io.cardvault.application.service.UseCase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.StreamSupport;

/** Asks every component probe and gathers the answers into one report. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // a probe must work when transactions cannot
public class CheckHealthService implements CheckHealthUseCase {

    private final Iterable<HealthProbePort> probes;

    @Inject
    public CheckHealthService(Instance<HealthProbePort> probes) {
        this.probes = probes;
    }

    /** For tests and for callers that already hold the probes. */
    public CheckHealthService(List<HealthProbePort> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public HealthReport check() {
        return new HealthReport(StreamSupport.stream(probes.spliterator(), false)
                .map(HealthProbePort::probe)
                .toList());
    }
}
