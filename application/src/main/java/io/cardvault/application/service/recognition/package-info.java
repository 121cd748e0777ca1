/**
 * Services of the recognition use cases: upload checks, the API-key tier gate and daily quota,
 * scan storage for self-learning, and the background reference build.
 */
package io.cardvault.application.service.recognition;
