/** Benchmark of the clustered rate limiter's added latency per request decision. */
package io.cardvault.bench.limiter;
