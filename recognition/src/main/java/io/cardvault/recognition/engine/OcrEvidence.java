package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;

import java.util.Locale;

/**
 * What the OCR read on the photographed card (collector number, set code, name line) and how
 * well it agrees with a candidate's printed text. Agreement is an edit-distance similarity in
 * [0, 1] on normalised strings (case, spaces and the characters Tesseract confuses most on small
 * print folded together). A reading Tesseract is unsure of counts as no reading.
 *
 * @param number the collector-number region's text, e.g. {@code 4/102}
 * @param setCode the set-code region's text, e.g. {@code BS}
 * @param name the name line (name and HP), empty when not read (non-Latin names are not read)
 */
public record OcrEvidence(TextReader.Reading number, TextReader.Reading setCode, TextReader.Reading name) {

    /** Mean word confidence (0-100) below which a reading is ignored. */
    static final int MIN_CONFIDENCE = 45;
    /** A reading this close to a candidate's text says "this is its number / code / name". */
    static final double AGREES = 0.85;
    /** A reading this far from the chosen card's text contradicts it. */
    static final double CONTRADICTS = 0.5;
    /** Characters of a number cut short on the face that may still name a card: "SWSH05…", not "4…". */
    static final int MIN_CUT_NUMBER = 4;
    /** A set code read this close to a card's does not contradict a number read exactly with its set size. */
    static final double SET_CODE_CONSISTENT = 0.6;

    public static final OcrEvidence NONE = new OcrEvidence(new TextReader.Reading("", 0),
            new TextReader.Reading("", 0), new TextReader.Reading("", 0));

    public boolean hasNumber() {
        return usable(number) && normalise(number.text()).length() >= 2;
    }

    public boolean hasSetCode() {
        return usable(setCode) && normalise(setCode.text()).length() >= 2;
    }

    public boolean hasName() {
        return usable(name) && normalise(name.text()).length() >= 3;
    }

    /** Agreement of the read collector number with the card's, or empty without a reading. */
    public java.util.OptionalDouble numberAgreement(CatalogueCard card) {
        if (!hasNumber()) {
            return java.util.OptionalDouble.empty();
        }
        String read = canonicalNumber(number.text());
        String local = canonicalNumber(card.localId());
        int slash = read.indexOf('/');
        if (slash >= 0) {
            // The local id before the slash tells a set's cards apart; the set size after it
            // only tells sets apart (every card of a set prints the same one).
            String official = card.officialCount() > 0 ? Integer.toString(card.officialCount()) : "";
            return java.util.OptionalDouble.of(0.7 * similarity(read.substring(0, slash), local)
                    + 0.3 * similarity(read.substring(slash + 1), official));
        }
        // The slash was lost: the whole number run together, or the local id alone.
        return java.util.OptionalDouble.of(Math.max(similarity(read, canonicalNumber(card.collectorNumber())),
                similarity(read, local)));
    }

    /** The local id read (before any slash), in {@link #canonicalNumber} form; empty without a number reading. */
    public String localIdRead() {
        if (!hasNumber()) {
            return "";
        }
        String read = canonicalNumber(number.text());
        int slash = read.indexOf('/');
        return slash >= 0 ? read.substring(0, slash) : read;
    }

    /**
     * Whether the strip read names this card outright: the number read is its number (local id,
     * and the set size when a slash was read), and the set code, when one was read, is its code.
     * Printings differ in zero padding ({@code 042/48}, {@code 042/048}), so numbers compare as
     * numbers. A number read with its set size is exact enough that a set code one letter off
     * ({@code KYP} for {@code XYP}) does not contradict it. Tesseract is often unsure of a whole
     * strip it reads right; such a strip still names a card when it holds a set code, a number
     * and a set size that all match: noise does not spell out another printing's strip.
     */
    public boolean names(CatalogueCard card) {
        if (hasNumber()) {
            return namedBy(card, hasSetCode());
        }
        return wholeStripRead() && namedBy(card, true);
    }

    /** Whether the read may name a card ({@link #names}): a legible number, or a whole strip read unsurely. */
    public boolean mayName() {
        return hasNumber() || wholeStripRead();
    }

    /** A set code and a number with its set size, whatever Tesseract's confidence. */
    private boolean wholeStripRead() {
        String read = canonicalNumber(number.text());
        int slash = read.indexOf('/');
        return normalise(setCode.text()).length() >= 2 && slash > 0 && slash < read.length() - 1;
    }

    private boolean namedBy(CatalogueCard card, boolean setCodeRead) {
        String read = canonicalNumber(number.text());
        double code = setCodeRead ? codeAgreement(card) : 1;
        if (cutShort(number.text())) {
            // The face cut a long number short ("SWSH05…"): what shows is the printed number's beginning.
            return read.length() >= MIN_CUT_NUMBER && canonicalNumber(card.collectorNumber()).startsWith(read)
                    && code >= AGREES;
        }
        int slash = read.indexOf('/');
        String local = slash >= 0 ? read.substring(0, slash) : read;
        if (local.isEmpty() || slash >= 0 && !read.substring(slash + 1).equals(officialCount(card))) {
            return false;
        }
        String cardLocal = canonicalNumber(card.localId());
        if (local.equals(cardLocal)) {
            return code >= (slash >= 0 ? SET_CODE_CONSISTENT : AGREES);
        }
        return !setCodeRead && runTogether(card);
    }

    /**
     * The set code and the number run together when Tesseract loses the space between them
     * ({@code TK10L5/30}): the local id read ends with the card's and begins with its set code.
     */
    private boolean runTogether(CatalogueCard card) {
        String read = canonicalNumber(number.text());
        int slash = read.indexOf('/');
        String cardLocal = canonicalNumber(card.localId());
        if (slash < 0 || cardLocal.isEmpty()) {
            return false;
        }
        String local = read.substring(0, slash);
        return local.length() > cardLocal.length() && local.endsWith(cardLocal)
                && similarity(local.substring(0, local.length() - cardLocal.length()), normalise(card.setCode())) >= AGREES;
    }

    private static String officialCount(CatalogueCard card) {
        return card.officialCount() > 0 ? Integer.toString(card.officialCount()) : "";
    }

    /** A reading that ends in an ellipsis: the face printed only the text's beginning. */
    private static boolean cutShort(String text) {
        String t = text.strip();
        return t.endsWith("…") || t.endsWith("..");
    }

    /** Whether the set code was read as well as the number: a name by number alone is weaker. */
    public boolean namesWithSetCode(CatalogueCard card) {
        return names(card) && (codeAgreement(card) >= AGREES && normalise(setCode.text()).length() >= 2
                || !hasSetCode() && runTogether(card));
    }

    /**
     * Agreement of the read set code with the card's. The face prints long codes cut short with an
     * ellipsis, so a reading shorter than the code is compared with the code's beginning.
     */
    public java.util.OptionalDouble setAgreement(CatalogueCard card) {
        if (!hasSetCode()) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(codeAgreement(card));
    }

    /** {@link #setAgreement} whatever Tesseract's confidence in the reading. */
    private double codeAgreement(CatalogueCard card) {
        String read = normalise(setCode.text());
        String code = normalise(card.setCode());
        double whole = similarity(read, code);
        if (read.length() < code.length()) {
            whole = Math.max(whole, 0.9 * similarity(read, code.substring(0, read.length())));
        }
        return whole;
    }

    /**
     * Agreement of the read name line with the card's name as printed (trainers and energies carry
     * their category first); the HP printed at the end of the line is left out of the comparison.
     */
    public java.util.OptionalDouble nameAgreement(CatalogueCard card) {
        if (!hasName() || !latin(card.name())) {
            return java.util.OptionalDouble.empty();
        }
        // Only Pokémon trainers and energies print their category before the name; other games print the name alone.
        String label = card.category().equals("Pokemon") || !card.game().equals(CatalogueCard.POKEMON) ? card.name()
                : card.category() + " " + card.name();
        String printed = normalise(label);
        String read = normalise(name.text());
        int hp = read.lastIndexOf("HP");
        if (hp > 0) {
            read = read.substring(0, hp);
        }
        if (read.length() > printed.length()) {
            read = read.substring(0, printed.length());
        }
        return java.util.OptionalDouble.of(similarity(read, printed));
    }

    /**
     * Whether the strip read tells one reprint from another: its number or its set code agrees with
     * the first card and not with the second. Reprints share everything above the strip, so nothing
     * else on the face can.
     */
    public boolean tellsApart(CatalogueCard chosen, CatalogueCard rival) {
        return confirms(numberAgreement(chosen), numberAgreement(rival))
                || confirms(setAgreement(chosen), setAgreement(rival))
                || names(chosen) && !names(rival);
    }

    private static boolean confirms(java.util.OptionalDouble chosen, java.util.OptionalDouble rival) {
        return chosen.orElse(0) >= AGREES && rival.orElse(0) < AGREES;
    }

    /** Whether a name is in Latin script (the only one the English model reads). */
    public static boolean latin(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                return false;
            }
        }
        return true;
    }

    private static boolean usable(TextReader.Reading reading) {
        return !reading.isEmpty() && reading.confidence() >= MIN_CONFIDENCE;
    }

    /** Upper case, letters, digits and the slash only, with O/0, I/1/L, S/5, B/8 folded. */
    static String normalise(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case 'O' -> out.append('0');
                case 'I', 'L', '|' -> out.append('1');
                case 'S' -> out.append('5');
                case 'B' -> out.append('8');
                case 'Z' -> out.append('2');
                default -> {
                    if (Character.isLetterOrDigit(c) || c == '/') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * {@link #normalise Normalised}, with the zeros padding each run of digits removed: the
     * face of {@code web1-042} prints {@code 042/48}, English sets print {@code 4/102}, promos
     * {@code SWSH020} or {@code TG05}, and a read of either form names the same card.
     */
    static String canonicalNumber(String text) {
        String n = normalise(text);
        StringBuilder out = new StringBuilder(n.length());
        boolean padding = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isDigit(c)) {
                out.append(c);
                padding = true;
            } else if (!(padding && c == '0' && i + 1 < n.length() && Character.isDigit(n.charAt(i + 1)))) {
                out.append(c);
                padding = false;
            }
        }
        return out.toString();
    }

    /** 1 - Levenshtein distance / longer length. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 1 - previous[b.length()] / (double) Math.max(a.length(), b.length());
    }
}
