/** The platform's own operational state: whether the components a node depends on work. */
package io.cardvault.domain.platform;
