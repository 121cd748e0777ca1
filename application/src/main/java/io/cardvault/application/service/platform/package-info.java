/** Services implementing the platform use cases. */
package io.cardvault.application.service.platform;
