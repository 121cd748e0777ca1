/** Values exchanged with the trust out-ports: a protected photo with its fingerprint. */
package io.cardvault.application.port.out.trust;
