package io.cardvault.adapter.in.rest.collection;

import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells every export format shares, in the spellings the formats use, into CardVault's
 * values; a cell it cannot read rejects its row with a {@link RejectedRowException} that quotes it.
 *
 * <p>Conditions come on two scales. The US one (TCGplayer, Collectr, Moxfield, the spec) has the
 * same five grades as CardVault. Cardmarket's European one has seven, and its {@code LP} ("Light
 * Played") is a step worse than TCGplayer's {@code LP} ("Lightly Played"), so it is read with its
 * own table: MT, NM → NM; EX → LP; GD, LP → MP; PL → HP; PO → DMG. The words of the European scale
 * (excellent, good, light played, played, poor; ManaBox writes them) map the same way on any file;
 * only the bare code {@code LP} depends on the format.
 */
final class CellValues {

    /** The scale a file writes its conditions on. */
    enum ConditionScale {
        US,
        CARDMARKET
    }

    private static final Map<String, CardCondition> CONDITIONS = Map.ofEntries(
            Map.entry("nm", CardCondition.NM), Map.entry("nearmint", CardCondition.NM),
            Map.entry("mint", CardCondition.NM), Map.entry("mt", CardCondition.NM), Map.entry("m", CardCondition.NM),
            Map.entry("nearmintmint", CardCondition.NM),
            Map.entry("lp", CardCondition.LP), Map.entry("lightlyplayed", CardCondition.LP),
            Map.entry("slightlyplayed", CardCondition.LP), Map.entry("sp", CardCondition.LP),
            Map.entry("excellent", CardCondition.LP), Map.entry("ex", CardCondition.LP),
            Map.entry("mp", CardCondition.MP), Map.entry("moderatelyplayed", CardCondition.MP),
            Map.entry("good", CardCondition.MP), Map.entry("gd", CardCondition.MP),
            Map.entry("lightplayed", CardCondition.MP),
            Map.entry("hp", CardCondition.HP), Map.entry("heavilyplayed", CardCondition.HP),
            Map.entry("played", CardCondition.HP), Map.entry("pl", CardCondition.HP),
            Map.entry("dmg", CardCondition.DMG), Map.entry("damaged", CardCondition.DMG),
            Map.entry("d", CardCondition.DMG), Map.entry("poor", CardCondition.DMG), Map.entry("po", CardCondition.DMG));

    /** Longest first, so "nearmint" is tried before "nm" could never be mistaken for a prefix of it. */
    private static final List<String> CONDITION_KEYS = CONDITIONS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private static final Map<String, String> PRINTINGS = Map.ofEntries(
            Map.entry("normal", "normal"), Map.entry("unlimited", "normal"), Map.entry("nonfoil", "normal"),
            Map.entry("regular", "normal"), Map.entry("false", "normal"), Map.entry("no", "normal"),
            Map.entry("0", "normal"),
            Map.entry("holofoil", "holo"), Map.entry("holo", "holo"), Map.entry("unlimitedholofoil", "holo"),
            Map.entry("reverseholofoil", "reverse_holo"), Map.entry("reverseholo", "reverse_holo"),
            Map.entry("reverse", "reverse_holo"),
            Map.entry("1steditionholofoil", "1st_edition_holo"), Map.entry("1steditionholo", "1st_edition_holo"),
            Map.entry("firsteditionholofoil", "1st_edition_holo"),
            Map.entry("1stedition", "1st_edition"), Map.entry("firstedition", "1st_edition"),
            Map.entry("foil", "foil"), Map.entry("true", "foil"), Map.entry("yes", "foil"), Map.entry("x", "foil"),
            Map.entry("1", "foil"),
            Map.entry("etched", "etched"), Map.entry("etchedfoil", "etched"));

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("en", "en"), Map.entry("english", "en"),
            Map.entry("ja", "ja"), Map.entry("jp", "ja"), Map.entry("japanese", "ja"),
            Map.entry("de", "de"), Map.entry("german", "de"), Map.entry("deutsch", "de"),
            Map.entry("fr", "fr"), Map.entry("french", "fr"), Map.entry("francais", "fr"),
            Map.entry("it", "it"), Map.entry("italian", "it"), Map.entry("italiano", "it"),
            Map.entry("es", "es"), Map.entry("spanish", "es"), Map.entry("espanol", "es"),
            Map.entry("pt", "pt"), Map.entry("portuguese", "pt"), Map.entry("ptbr", "pt"),
            Map.entry("ko", "ko"), Map.entry("kr", "ko"), Map.entry("korean", "ko"),
            Map.entry("ru", "ru"), Map.entry("russian", "ru"),
            Map.entry("nl", "nl"), Map.entry("dutch", "nl"),
            Map.entry("zhcn", "zh-cn"), Map.entry("zhs", "zh-cn"), Map.entry("cs", "zh-cn"),
            Map.entry("simplifiedchinese", "zh-cn"), Map.entry("chinesesimplified", "zh-cn"),
            Map.entry("chineses", "zh-cn"),
            Map.entry("zhtw", "zh-tw"), Map.entry("zht", "zh-tw"), Map.entry("ct", "zh-tw"),
            Map.entry("traditionalchinese", "zh-tw"), Map.entry("chinesetraditional", "zh-tw"),
            Map.entry("chineset", "zh-tw"));

    /** Cardmarket's idLanguage numbers, as its API documentation lists them. */
    private static final Map<String, String> CARDMARKET_LANGUAGES = Map.ofEntries(
            Map.entry("1", "en"), Map.entry("2", "fr"), Map.entry("3", "de"), Map.entry("4", "es"),
            Map.entry("5", "it"), Map.entry("6", "zh-cn"), Map.entry("7", "ja"), Map.entry("8", "pt"),
            Map.entry("9", "ru"), Map.entry("10", "ko"), Map.entry("11", "zh-tw"));

    private static final Map<String, String> GAMES = Map.ofEntries(
            Map.entry("pokemon", "pokemon"), Map.entry("pokemontcg", "pokemon"),
            Map.entry("pokemonjapan", "pokemon"),
            Map.entry("mtg", "mtg"), Map.entry("magic", "mtg"), Map.entry("magicthegathering", "mtg"),
            Map.entry("yugioh", "yugioh"), Map.entry("lorcana", "lorcana"), Map.entry("disneylorcana", "lorcana"),
            Map.entry("fab", "flesh-and-blood"), Map.entry("fleshandblood", "flesh-and-blood"), Map.entry("fleshblood", "flesh-and-blood"),
            Map.entry("onepiece", "onepiece"), Map.entry("onepiececardgame", "onepiece"));

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "€", "EUR", "$", "USD", "£", "GBP", "¥", "JPY");

    private static final Pattern CURRENCY_CODE = Pattern.compile("\\b([A-Za-z]{3})\\b");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+([.,][0-9]+)*");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern GRADE_CELL = Pattern.compile("([A-Za-z]+)\\s*([0-9]+(?:[.,][0-9]+)?)");
    private static final int QUOTED_MAX = 40;

    private CellValues() {
    }

    /** Copies: {@code 2}, {@code 2x}, {@code x2}; an empty cell is one copy, as the spec's add route defaults. */
    static int quantity(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return 1;
        }
        String digits = text.replaceFirst("^x\\s*", "").replaceFirst("\\s*x$", "");
        if (!WHOLE.matcher(digits).matches()) {
            throw new RejectedRowException("quantity is not a whole number: " + quoted(cell));
        }
        int quantity = Integer.parseInt(digits);
        if (quantity < 1 || quantity > CollectionEntry.MAX_QUANTITY) {
            throw new RejectedRowException("quantity must be between 1 and " + CollectionEntry.MAX_QUANTITY + ": " + quantity);
        }
        return quantity;
    }

    /**
     * A condition in the file's spelling; an empty cell is Near Mint, as the spec's add route
     * defaults. A printing the cell runs on with (TCGplayer's "Near Mint Holofoil") is ignored here
     * and read by {@link #printingInCondition}.
     */
    static CardCondition condition(String cell, ConditionScale scale) {
        String key = Header.key(cell);
        if (key.isEmpty()) {
            return CardCondition.NM;
        }
        String inParentheses = parenthesised(cell);
        if (inParentheses != null && !Header.key(inParentheses).isEmpty()) {
            // Deckbox writes "Good (Lightly Played)": the grade in parentheses is the US one it means
            key = Header.key(inParentheses);
        }
        for (String known : CONDITION_KEYS) {
            if (key.startsWith(known) && (key.length() == known.length() || PRINTINGS.containsKey(key.substring(known.length())))) {
                return scale == ConditionScale.CARDMARKET && known.equals("lp") ? CardCondition.MP : CONDITIONS.get(known);
            }
        }
        throw new RejectedRowException("condition is not one CardVault knows (NM, LP, MP, HP, DMG): " + quoted(cell));
    }

    /** The printing a condition cell runs on with ("Lightly Played Reverse Holofoil"), as a variant hint. */
    static Optional<String> printingInCondition(String cell) {
        String key = Header.key(cell);
        for (String known : CONDITION_KEYS) {
            if (key.startsWith(known) && key.length() > known.length()) {
                String rest = key.substring(known.length());
                if (PRINTINGS.containsKey(rest)) {
                    return Optional.of(PRINTINGS.get(rest));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A printing or foil cell as a variant hint: TCGplayer's printings (Normal, Holofoil, Reverse
     * Holofoil, 1st Edition Holofoil…), foil flags (foil, etched, X, true) and the spec's own variant
     * slugs. Anything else is kept as a slug ("Cosmos Holo" → {@code cosmos_holo}) for the matcher.
     */
    static Optional<String> printing(String cell) {
        String key = Header.key(cell);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String known = PRINTINGS.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        String slug = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty() || slug.length() > 64) {
            throw new RejectedRowException("printing is not one CardVault can read: " + quoted(cell));
        }
        return Optional.of(slug);
    }

    /** A language by code or English name ({@code en}, {@code English}, {@code zh_CN}); empty when the cell is. */
    static Optional<Language> language(String cell) {
        return language(cell, Map.of());
    }

    /** Cardmarket writes its language numbers ({@code 1} English … {@code 11} Traditional Chinese) or names. */
    static Optional<Language> cardmarketLanguage(String cell) {
        return language(cell, CARDMARKET_LANGUAGES);
    }

    private static Optional<Language> language(String cell, Map<String, String> numbered) {
        String key = Header.key(cell);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String code = numbered.getOrDefault(key, LANGUAGES.get(key));
        if (code == null) {
            throw new RejectedRowException("language is not one CardVault knows: " + quoted(cell));
        }
        return Optional.of(Language.of(code));
    }

    /** A game's slug when the cell names a game CardVault covers; empty otherwise (the game only narrows the search). */
    static Optional<String> game(String cell) {
        return Optional.ofNullable(GAMES.get(Header.key(cell.replace('é', 'e').replace('É', 'E'))));
    }

    /**
     * A price paid: {@code 12.50}, {@code $13.94}, {@code €1,50}, {@code 1,50 €}, {@code 1.234,56 EUR},
     * {@code 1,234.56}. The currency is the cell's own symbol or code, else {@code currencyCell}'s code,
     * else {@code fallback}. With both separators, the last is the decimal one; a lone comma followed
     * by one or two digits is a decimal comma, otherwise a grouping. Empty is no price.
     */
    static Optional<Money> price(String cell, String currencyCell, Currency fallback) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = currencyOf(text).or(() -> currencyNamed(currencyCell)).orElse(fallback);
        String amount = text.replaceAll("[€$£¥'\\s\u00a0\u202f]", "").replaceAll("^(?i:US|[a-z]{3})|(?i:[a-z]{3})$", "");
        if (!AMOUNT.matcher(amount).matches()) {
            throw new RejectedRowException("price paid is not an amount: " + quoted(cell));
        }
        String number = decimal(amount);
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException notANumber) {
            throw new RejectedRowException("price paid is not an amount: " + quoted(cell));
        }
        if (value.signum() < 0) {
            throw new RejectedRowException("price paid cannot be negative: " + quoted(cell));
        }
        try {
            return Optional.of(new Money(currency, value));
        } catch (IllegalArgumentException tooPrecise) {
            throw new RejectedRowException("price paid has more than " + Money.MAX_SCALE + " decimals: " + quoted(cell));
        }
    }

    private static String decimal(String number) {
        int comma = number.lastIndexOf(',');
        int dot = number.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return comma > dot ? number.replace(".", "").replace(',', '.') : number.replace(",", "");
        }
        if (comma >= 0) {
            boolean decimalComma = number.indexOf(',') == comma && number.length() - comma - 1 <= 2;
            return decimalComma ? number.replace(',', '.') : number.replace(",", "");
        }
        if (number.indexOf('.') != dot) {
            return number.replace(".", ""); // 1.234.567: dots group thousands
        }
        return number;
    }

    private static Optional<Currency> currencyOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> symbol : CURRENCY_SYMBOLS.entrySet()) {
            if (text.contains(symbol.getKey())) {
                return Optional.of(Currency.getInstance(symbol.getValue()));
            }
        }
        Matcher code = CURRENCY_CODE.matcher(text);
        while (code.find()) {
            try {
                return Optional.of(Currency.getInstance(code.group(1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notACurrency) {
                // three letters that are no ISO 4217 code: look further
            }
        }
        return Optional.empty();
    }

    /** A currency column's cell: an ISO 4217 code or a symbol, or nothing. */
    private static Optional<Currency> currencyNamed(String cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        return currencyOf(cell.strip()).or(() -> {
            throw new RejectedRowException("currency is not an ISO 4217 code: " + quoted(cell));
        });
    }

    /**
     * A slab from a company cell and a grade cell, or from one cell that holds both ("PSA 10",
     * "BGS 9.5"); "Ungraded", "Raw" or nothing is a raw copy.
     */
    static Optional<Grading> grading(String companyCell, String gradeCell) {
        String company = companyCell.strip();
        String grade = gradeCell.strip();
        String gradeKey = Header.key(grade);
        if (company.isEmpty() && (gradeKey.isEmpty() || gradeKey.equals("ungraded") || gradeKey.equals("raw")
                || gradeKey.equals("none"))) {
            return Optional.empty();
        }
        if (company.isEmpty()) {
            Matcher both = GRADE_CELL.matcher(grade);
            if (!both.matches()) {
                throw new RejectedRowException("grade names no grading company and grade such as PSA 10: " + quoted(grade));
            }
            company = both.group(1);
            grade = both.group(2);
        }
        if (grade.isEmpty()) {
            throw new RejectedRowException("a " + quoted(company) + " slab needs its grade");
        }
        GradingCompany grader = GradingCompany.find(company.toLowerCase(Locale.ROOT))
                .filter(found -> found != GradingCompany.OTHER)
                .orElseThrow(() -> new RejectedRowException(
                        "grading company is not one CardVault knows (PSA, BGS, CGC, SGC, ACE, TAG): " + quoted(companyCell.isBlank() ? gradeCell : companyCell)));
        try {
            return Optional.of(Grading.of(grader, grade.replace(',', '.')));
        } catch (InvalidPriceDataException notAGrade) {
            throw new RejectedRowException("grade is not a " + grader.name() + " grade from 1 to 10: " + quoted(grade));
        }
    }

    /** A positive id such as a marketplace product id; empty when the cell is. */
    static Optional<Long> id(String cell, String what) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
            throw new RejectedRowException(what + " is not a positive whole number: " + quoted(cell));
        }
        return Optional.of(Long.parseLong(text));
    }

    /** A flag cell: X, 1, true, yes are set; anything else (mostly empty) is not. */
    static boolean flag(String cell) {
        String key = Header.key(cell);
        return key.equals("x") || key.equals("1") || key.equals("true") || key.equals("yes") || key.equals("y");
    }

    /** The cell as the reason shows it: quoted, cut short, control characters dropped. */
    static String quoted(String cell) {
        String clean = cell == null ? "" : cell.strip().replaceAll("\\p{Cntrl}", " ");
        return "\"" + (clean.length() > QUOTED_MAX ? clean.substring(0, QUOTED_MAX) + "…" : clean) + "\"";
    }

    private static String parenthesised(String cell) {
        int open = cell.indexOf('(');
        int close = cell.lastIndexOf(')');
        return open >= 0 && close > open ? cell.substring(open + 1, close) : null;
    }
}
