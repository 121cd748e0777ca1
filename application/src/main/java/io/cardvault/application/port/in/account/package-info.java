/** Use cases of accounts, sessions and API keys, with their commands and rejections. */
package io.cardvault.application.port.in.account;
