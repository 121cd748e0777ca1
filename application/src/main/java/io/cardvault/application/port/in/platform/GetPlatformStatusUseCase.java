package io.cardvault.application.port.in.platform;

import java.util.List;

/** Use case: the status page, one target per line, checked now on this node. */
public interface GetPlatformStatusUseCase {

    List<TargetStatus> status();
}
