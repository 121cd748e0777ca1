/**
 * TCGplayer prices as tcgcsv.com republishes them: categories → groups → products → prices JSON
 * (the live walk) and, for past days, a daily archive of the groups' prices files; over
 * MicroProfile Rest Client with Fault Tolerance, parsed with JSON-P streaming.
 */
package io.cardvault.adapter.out.sources.tcgcsv;
