/** Use cases about the catalogue: importing it from a source (reading it comes with the routes). */
package io.cardvault.application.port.in.catalogue;
