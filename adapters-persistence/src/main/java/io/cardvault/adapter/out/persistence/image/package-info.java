/**
 * Image files kept outside the database: listing photos in a directory, by content-addressed name;
 * scan-session photos in another, by session and card index.
 */
package io.cardvault.adapter.out.persistence.image;
