/** Services implementing the catalogue use cases. */
package io.cardvault.application.service.catalogue;
