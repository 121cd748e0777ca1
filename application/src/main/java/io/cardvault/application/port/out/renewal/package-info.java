/** Values exchanged with the renewal-link token port: what a one-click renewal link's token says. */
package io.cardvault.application.port.out.renewal;
