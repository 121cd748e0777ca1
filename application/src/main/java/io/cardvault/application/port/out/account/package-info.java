/** Values and failures the account stores exchange with the application. */
package io.cardvault.application.port.out.account;
