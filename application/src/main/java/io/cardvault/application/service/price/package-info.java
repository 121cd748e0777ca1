/** One service per price read use case; they read the price port and name variants from the catalogue. */
package io.cardvault.application.service.price;
