-- Cluster-wide leases on scheduled jobs (the daily price run): every node schedules the job, the
-- one that holds its current lease runs it. until is in UTC, read and written with the database's
-- own clock so the nodes' clocks never have to agree.
CREATE TABLE job_lease (
    name   VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    holder VARCHAR(160) NOT NULL,
    until  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
