/** Services: exactly one class per use case, each a {@link io.cardvault.application.service.UseCase}. */
package io.cardvault.application.service;
