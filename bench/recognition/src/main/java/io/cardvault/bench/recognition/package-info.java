/**
 * The recognition benchmark: full-catalogue index, seeded synthetic photos, accuracy, flagging of
 * misses, latency and memory.
 */
package io.cardvault.bench.recognition;
