/**
 * The card search index: an in-process Apache Lucene index that each node builds from the shared
 * catalogue tables and keeps in memory, so a search reads no database row. Names in every
 * language are folded (lowercase, accents removed) and Japanese, Chinese, Korean and Thai are cut
 * into character bigrams, which MariaDB's full-text search cannot do.
 */
package io.cardvault.adapter.out.persistence.search;
