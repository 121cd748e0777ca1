package io.cardvault.application.port.out;

import java.time.Duration;

/**
 * Cluster-wide leases on scheduled jobs, kept where every node sees them: the node that holds a
 * job's current lease runs it, the others skip it. A lease is held until it lapses, so a node whose
 * clock fires a little later does not run the same job again, and a node that died mid-run holds
 * the job no longer than the lease's time to live.
 */
public interface JobLeasePort {

    /** Takes the job's lease for {@code ttl} unless another process holds a current one; true when this process holds it now. */
    boolean tryAcquire(String job, Duration ttl);
}
