/**
 * The sandbox market: a stand-in for Cardmarket, tcgcsv and PriceCharting that serves their real
 * file formats for the imported catalogue's product ids, with deterministic made-up prices, so a
 * demo machine without access to the real upstreams ingests through the very same adapters over
 * HTTP. Every file carries the {@code X-CardVault-Sandbox} header and every run it feeds is stored
 * as a sandbox run. Disabled (404) unless {@code CARDVAULT_SANDBOX_MARKET=on}. Not production code:
 * it lives in the {@code sandbox} module, and writes the formats with the names the source
 * adapters' parsers own ({@code CardmarketFormat}, {@code TcgcsvFormat}, {@code PriceChartingFormat}).
 */
package io.cardvault.sandbox.market;
