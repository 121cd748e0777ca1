/** Services implementing the collector's shelf use cases (collection, its import). */
package io.cardvault.application.service.collection;
