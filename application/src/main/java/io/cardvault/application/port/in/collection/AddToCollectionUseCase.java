package io.cardvault.application.port.in.collection;

/**
 * Use case: add copies of a card to the owner's collection. Copies of a holding the owner already
 * has (same card, variant, condition and slab) are merged into it: its quantity grows (capped at
 * {@link io.cardvault.domain.collection.CollectionEntry#MAX_QUANTITY}) and its price paid stays
 * unless it had none. An unknown card or a variant the card does not have is an
 * {@link io.cardvault.domain.collection.InvalidCollectionDataException} naming the field.
 */
public interface AddToCollectionUseCase {

    AddedToCollection add(AddToCollectionCommand command);
}
