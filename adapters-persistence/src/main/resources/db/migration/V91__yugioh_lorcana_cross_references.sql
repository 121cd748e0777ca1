-- The cross-reference ids of Yu-Gi-Oh! and Disney Lorcana, beside the other catalogues' ids on
-- cards and variants (V2__catalogue.sql): Konami's card database id, the password printed on a
-- Yu-Gi-Oh! card (text: it is printed with leading zeros, "04896788"), Dreamborn's id
-- ("001-001") and Ravensburger's ("1/204 EN 1", one per language, so variants hold their
-- language's and the card its main language's). Indexed on cards, where they are looked up.
ALTER TABLE card
    ADD COLUMN konami_id       INT UNSIGNED NULL AFTER ygoprodeck_id,
    ADD COLUMN ygo_password    VARCHAR(32)  CHARACTER SET ascii NULL AFTER konami_id,
    ADD COLUMN dreamborn_id    VARCHAR(32)  CHARACTER SET ascii NULL AFTER ygo_password,
    ADD COLUMN ravensburger_id VARCHAR(32)  CHARACTER SET ascii NULL AFTER dreamborn_id,
    ADD KEY ix_card_konami (konami_id),
    ADD KEY ix_card_ygo_password (ygo_password),
    ADD KEY ix_card_dreamborn (dreamborn_id);

ALTER TABLE variant
    ADD COLUMN konami_id       INT UNSIGNED NULL AFTER ygoprodeck_id,
    ADD COLUMN ygo_password    VARCHAR(32)  CHARACTER SET ascii NULL AFTER konami_id,
    ADD COLUMN dreamborn_id    VARCHAR(32)  CHARACTER SET ascii NULL AFTER ygo_password,
    ADD COLUMN ravensburger_id VARCHAR(32)  CHARACTER SET ascii NULL AFTER dreamborn_id;
