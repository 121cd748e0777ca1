-- The games CardVault covers: the spec's "Supported TCGs" table. Ids are stable for ever:
-- sets, cards and prices refer to them, so a game is never deleted or renumbered.
CREATE TABLE game (
    id          SMALLINT UNSIGNED NOT NULL,
    slug        VARCHAR(32)       NOT NULL,
    name        VARCHAR(100)      NOT NULL,
    publisher   VARCHAR(100)      NULL,
    website_url VARCHAR(255)      NULL,
    active      BOOLEAN           NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP(6)      NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_game_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO game (id, slug, name, publisher, website_url) VALUES
    (1,  'pokemon',    'Pokémon TCG',               'The Pokémon Company',     'https://www.pokemon.com/tcg'),
    (2,  'mtg',        'Magic: The Gathering',      'Wizards of the Coast',    'https://magic.wizards.com'),
    (3,  'yugioh',     'Yu-Gi-Oh!',                 'Konami',                  'https://www.yugioh-card.com'),
    (4,  'fab',        'Flesh and Blood',           'Legend Story Studios',    'https://fabtcg.com'),
    (5,  'onepiece',   'One Piece Card Game',       'Bandai',                  'https://en.onepiece-cardgame.com'),
    (6,  'dragonball', 'Dragon Ball Super CCG',     'Bandai',                  'https://www.dbs-cardgame.com'),
    (7,  'lorcana',    'Disney Lorcana',            'Ravensburger',            'https://www.disneylorcana.com'),
    (8,  'starwars',   'Star Wars Unlimited',       'Fantasy Flight Games',    'https://starwarsunlimited.com'),
    (9,  'digimon',    'Digimon Card Game',         'Bandai',                  'https://world.digimoncard.com'),
    (10, 'keyforge',   'KeyForge',                  'Ghost Galaxy',            'https://www.keyforgegame.com'),
    (11, 'grandarc',   'Grand Archive',             'Weebs of the Shore',      'https://www.grandarchivetcg.com'),
    (12, 'sorcery',    'Sorcery: Contested Realm',  'Erik''s Curiosa',         'https://sorcerytcg.com'),
    (13, 'unionarena', 'Union Arena',               'Bandai',                  'https://www.unionarena-tcg.com'),
    (14, 'gundam',     'Gundam Card Game',          'Bandai',                  'https://www.gundam-gcg.com'),
    (15, 'riftbound',  'Riftbound',                 'Riot Games',              'https://riftbound.leagueoflegends.com');
