/** The service implementing the card search use case. */
package io.cardvault.application.service.search;
