package io.cardvault.application.service.poketrace;

import io.cardvault.domain.catalogue.SetOverview;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The slugs of the Pokémon sets: the name folded to lowercase ASCII words joined by hyphens
 * ({@code Base Set} → {@code base-set}). A name with no ASCII letter (the Japanese sets) takes its
 * code instead ({@code adv1}). When several sets fold to one slug, the oldest release keeps it and
 * each later one gets its code appended ({@code promo-a-svp}), so a slug never changes when a newer
 * set of the same name arrives.
 */
final class SetSlugs {

    private final Map<Long, String> bySet = new HashMap<>();
    private final TreeMap<String, SetOverview> bySlug = new TreeMap<>();

    private SetSlugs(List<SetOverview> sets) {
        Set<String> taken = new HashSet<>();
        sets.stream().sorted(Comparator.comparing((SetOverview set) -> set.releaseDate() == null)
                        .thenComparing(set -> set.releaseDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(SetOverview::id))
                .forEach(set -> {
                    String base = fold(set.name());
                    String slug = base.isEmpty() ? fold(set.code()) : base;
                    if (slug.isEmpty() || taken.contains(slug)) {
                        slug = (slug.isEmpty() ? "set" : slug) + "-" + fold(set.code());
                    }
                    if (taken.contains(slug)) {
                        slug = slug + "-" + set.id();
                    }
                    taken.add(slug);
                    bySet.put(set.id(), slug);
                    bySlug.put(slug, set);
                });
    }

    static SetSlugs of(List<SetOverview> sets) {
        return new SetSlugs(sets);
    }

    /** The slug of a set; a set imported after these slugs were read gets its code's. */
    String slug(long setId, String code) {
        return bySet.getOrDefault(setId, fold(code));
    }

    Optional<SetOverview> set(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Every set by slug, from the first slug after {@code after} (every set when empty). */
    Map<String, SetOverview> after(Optional<String> after) {
        return after.isPresent() ? bySlug.tailMap(after.get(), false) : bySlug;
    }

    /** Lowercase ASCII letters and digits, other runs as one hyphen, accents dropped ({@code Pokémon} → {@code pokemon}). */
    static String fold(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
