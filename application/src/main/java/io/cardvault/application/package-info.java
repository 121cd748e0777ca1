/**
 * CardVault's application ring: what the platform can do, independent of how it is reached.
 *
 * <p>{@code port.in} holds one interface per use case with its command or query records;
 * {@code port.out} holds the interfaces (ending in {@code Port}) the use cases need from the
 * outside world; {@code service} implements each use case in one {@link
 * io.cardvault.application.service.UseCase} class. Only {@code jakarta.inject},
 * {@code jakarta.enterprise} and {@code jakarta.transaction} may be imported here.
 */
package io.cardvault.application;
