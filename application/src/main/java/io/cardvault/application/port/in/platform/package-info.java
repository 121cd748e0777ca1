/**
 * Use cases about the platform itself: whether it and its dependencies are fit to serve, its
 * counters and per-target status, phones registered for push, platform settings, and the bulk files.
 */
package io.cardvault.application.port.in.platform;
