package io.cardvault.application.port.in.platform;

import java.util.Optional;

/** Use case (administrators): the latest rewrite started on this node, to follow it. */
public interface GetBulkDataJobUseCase {

    Optional<BulkDataJob> latest();
}
