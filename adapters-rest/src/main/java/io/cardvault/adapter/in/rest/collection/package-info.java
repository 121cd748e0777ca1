/**
 * The collector's collection import over JSON. {@code CollectionImportResource} serves
 * {@code POST /collection/import}; {@code CollectionFileReader} recognises an uploaded export (the
 * spec's own CSV, the TCGplayer app, Collectr, Cardmarket's stock file, or the generic
 * name/set/number/quantity/condition shape) and turns it into the import use case's rows and
 * rejected lines; a file that cannot be read at all is an {@code UnusableCollectionFileException}
 * (413 or 422), and {@code CappedUploadFilter} refuses an upload whose declared length is over the
 * cap before the multipart body is taken apart.
 */
package io.cardvault.adapter.in.rest.collection;
