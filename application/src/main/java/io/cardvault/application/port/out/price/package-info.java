/** Values and failures of the price read port ({@link io.cardvault.application.port.out.LoadPricesPort}). */
package io.cardvault.application.port.out.price;
