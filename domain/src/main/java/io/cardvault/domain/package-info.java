/**
 * CardVault's domain: cards, prices, collections, marketplace and trust codes as plain Java.
 *
 * <p>Values are records that validate themselves; aggregates are classes whose methods name the
 * business act. Nothing here imports anything but {@code java.*}: the architecture tests in
 * {@code web-ui} fail the build otherwise.
 */
package io.cardvault.domain;
