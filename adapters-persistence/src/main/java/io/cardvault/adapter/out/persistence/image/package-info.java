/**
 * Image files kept outside the database: listing photos in a directory, by content-addressed name.
 */
package io.cardvault.adapter.out.persistence.image;
