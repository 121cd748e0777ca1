/** Use cases reading prices: headline prices, histories, charts, sold comps and market rankings. */
package io.cardvault.application.port.in.price;
