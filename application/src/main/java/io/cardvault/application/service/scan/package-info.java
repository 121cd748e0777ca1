/**
 * The scan-session services, one per use case; each act of the phone is one transaction on the
 * session row held for update, and its event leaves after the commit.
 */
package io.cardvault.application.service.scan;
