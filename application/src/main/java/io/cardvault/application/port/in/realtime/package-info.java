/** Use cases of the real-time channels: admitting a connection, publishing and delivering market events. */
package io.cardvault.application.port.in.realtime;
