-- tcgdex names one Cardmarket product for a card's 1st Edition and its Shadowless (or other) print
-- of the same finish (Base Set Charizard: 660224 on both). Cardmarket's guide cannot tell them apart,
-- so the product is the other print's; the import now leaves the 1st Edition variant without it.
-- Catalogues imported before keep the shared id until a re-import: this takes it off the 1st Edition
-- variant the same way, so its prices and buy link stop borrowing the other print's.
UPDATE variant v
    JOIN printing p ON p.id = v.printing_id AND p.print_run = '1st_edition'
    JOIN printing other_print ON other_print.card_id = p.card_id AND other_print.language = p.language
        AND other_print.print_run <> '1st_edition'
    JOIN variant other ON other.printing_id = other_print.id AND other.finish = v.finish
        AND other.cardmarket_product_id = v.cardmarket_product_id
SET v.cardmarket_product_id = NULL
WHERE v.cardmarket_product_id IS NOT NULL;
