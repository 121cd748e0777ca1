-- Sources whose import ran to its end. A start-up import interrupted half-way (the node stopped)
-- has no row here, so the next start imports that source again instead of trusting the
-- partial counters.
CREATE TABLE catalogue_import (
    source       VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    completed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
