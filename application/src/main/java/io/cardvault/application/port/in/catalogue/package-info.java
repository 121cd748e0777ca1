/** Use cases about the catalogue: importing it from a source and reading it for the browsing routes (games, sets, cards, evolution, buy links, sealed products). */
package io.cardvault.application.port.in.catalogue;
