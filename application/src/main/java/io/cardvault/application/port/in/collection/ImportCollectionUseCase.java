package io.cardvault.application.port.in.collection;

/**
 * Use case: put the rows of an uploaded collection file into the owner's collection. Each row is
 * matched to a catalogue card (by card id, by set and collector number, or by name within a set)
 * and, through its variant hint, to one of the card's variants; a row that matches no card, or more
 * than one, is rejected with its line and the reason. A row of a holding the owner already has, or
 * one an earlier line of the same file already brought, adds its copies to that holding (merged)
 * instead of making a second entry.
 *
 * <p>The import is one transaction: every accepted row is stored, or none is. Rejected rows do not
 * stop the others; a file that cannot be read at all never gets here (the reader refuses it first).
 */
public interface ImportCollectionUseCase {

    CollectionImportResult importRows(ImportCollectionCommand command);
}
