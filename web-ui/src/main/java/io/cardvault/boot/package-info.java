/**
 * The wiring of the one WAR: CDI producers that connect adapters to the application, and the
 * ordered startup steps (storage at priority 100, cluster at 200, data import after them).
 */
package io.cardvault.boot;
