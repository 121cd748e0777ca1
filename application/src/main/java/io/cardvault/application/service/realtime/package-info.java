/** Services of the real-time channels; one per use case. */
package io.cardvault.application.service.realtime;
