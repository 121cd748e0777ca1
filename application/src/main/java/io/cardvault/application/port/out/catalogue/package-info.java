/** Values the catalogue out-ports exchange: the source feed and its rows, stored-set results. */
package io.cardvault.application.port.out.catalogue;
