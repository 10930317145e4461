package org.followupcoach.core.plan;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * Finds time zones the way people name them: by city ("Chicago"), country ("Germany", "DE"), abbreviation ("EST",
 * "IST") or offset ("+5:30"). Each zone comes with its UTC offset and the time there now; the user's own zone comes
 * first, then the ones recently used, then the rest by offset. A wrong entry gets a reason, not just a refusal.
 */
public final class ZoneSearch {

    private static final Locale EN = Locale.ENGLISH;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** One zone as offered to the user. */
    public record ZoneChoice(String zoneId, String city, String countryCode, String countryName,
                             List<String> abbreviations, ZoneOffset offset, ZonedDateTime now) {
        /** "UTC−05:00", "UTC+05:30", "UTC" for zero. */
        public String offsetText() {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId().replace('-', '\u2212');
        }

        /** The local time there now, "14:05". */
        public String localTime() {
            return CLOCK.format(now);
        }

        /** "Chicago, United States — CST, UTC−06:00, now 07:05", for a list row. */
        public String label() {
            String place = countryName.isEmpty() ? city : city + ", " + countryName;
            String abbr = abbreviations.isEmpty() ? "" : abbreviations.get(0) + ", ";
            return place + " \u2014 " + abbr + offsetText() + ", now " + localTime();
        }
    }

    /** Why what was typed does not name a zone. */
    public enum Problem {
        /** Nothing typed. */
        EMPTY,
        /** Nothing matches: no city, country, abbreviation or offset of that name. */
        NOT_FOUND,
        /** Several zones match; the user picks one of the suggestions. */
        AMBIGUOUS,
        /** A zone id that this Java's time-zone data does not have (renamed or removed). */
        NOT_IN_TZ_DATA
    }

    /** A zone, or the problem and up to a handful of zones the user may have meant. */
    public record Resolution(Optional<ZoneChoice> zone, Optional<Problem> problem, List<ZoneChoice> suggestions) {
        public Resolution {
            suggestions = List.copyOf(suggestions);
        }
    }

    private static final int MAX_SUGGESTIONS = 8;
    /** Java's zone names take seconds to load the first time; each zone's standard and summer names are kept. */
    private static final java.util.Map<String, String[]> ABBREVIATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Instant now;
    private final ZoneId userZone;
    private final List<String> recent;
    private final List<ZoneChoice> all;
    /** Each choice's city, id and country folded once, so typing stays quick. */
    private final java.util.Map<String, String[]> folded = new java.util.HashMap<>();

    /** A search at {@code now} for a user in {@code userZone} who recently used {@code recent} (latest first). */
    public ZoneSearch(Instant now, ZoneId userZone, List<String> recent) {
        this.now = now;
        this.userZone = userZone;
        this.recent = List.copyOf(recent);
        Set<String> ids = new LinkedHashSet<>(ZoneCountries.all().keySet());
        ids.retainAll(ZoneId.getAvailableZoneIds());
        ids.add("UTC");
        ids.add(userZone.getId());
        ids.addAll(recent.stream().filter(ZoneSearch::known).toList());
        List<ZoneChoice> choices = new ArrayList<>();
        for (String id : ids) {
            // The tz table lists older alias names too; offer each city once, by its current name.
            if (!isAlias(id) || id.equals(userZone.getId()) || recent.contains(id)) {
                choices.add(choice(id));
            }
        }
        choices.sort(order());
        this.all = List.copyOf(choices);
        for (ZoneChoice c : all) {
            folded.put(c.zoneId(), new String[] {fold(c.city()), fold(c.zoneId()), fold(c.countryName())});
        }
    }

    /** The zones recently used for interviews, latest first, from their zone ids in the order they were added. */
    public static List<String> recentlyUsed(List<Interview> interviews) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = interviews.size() - 1; i >= 0; i--) {
            seen.add(interviews.get(i).interviewerZone());
        }
        return List.copyOf(seen);
    }

    /** Every zone matching {@code query} (all of them for a blank query), best first. */
    public List<ZoneChoice> search(String query) {
        String q = fold(query);
        if (q.isEmpty()) {
            return all;
        }
        // Whole-word matches before partial ones, and a country's main zone first: "EST" should offer New York
        // before Atikokan, and both before Budapest.
        Optional<ZoneOffset> offset = offsetQuery(q);
        java.util.Map<String, Integer> scores = new java.util.HashMap<>();
        for (ZoneChoice c : all) {
            int score = score(c, q, offset);
            if (score < NO_MATCH) {
                scores.put(c.zoneId(), score);
            }
        }
        return all.stream().filter(c -> scores.containsKey(c.zoneId()))
                .sorted(Comparator.comparingInt((ZoneChoice c) -> rank(c.zoneId()))
                        .thenComparingInt(c -> scores.get(c.zoneId()))
                        .thenComparing(c -> !ZoneCountries.isPrimary(c.zoneId())))
                .toList();
    }

    /**
     * What {@code typed} names: a zone id ("America/Chicago"), or a search that finds exactly one zone ("Chicago").
     * Several matches with one in the user's own or a recent zone pick that one.
     */
    public Resolution resolve(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return new Resolution(Optional.empty(), Optional.of(Problem.EMPTY), List.of());
        }
        if (t.contains("/") && !t.contains(" ")) {
            if (known(t)) {
                return new Resolution(Optional.of(choice(t)), Optional.empty(), List.of());
            }
            // A name in zone-id form that Java does not know (renamed, removed, or a typo): suggest by its city part,
            // or by any word of it.
            String city = t.substring(t.lastIndexOf('/') + 1);
            List<ZoneChoice> like = search(city);
            for (String word : city.split("[_ -]")) {
                if (like.isEmpty() && word.length() >= 3) {
                    like = search(word);
                }
            }
            return new Resolution(Optional.empty(), Optional.of(Problem.NOT_IN_TZ_DATA), top(like));
        }
        List<ZoneChoice> found = search(t);
        if (found.size() == 1) {
            return new Resolution(Optional.of(found.get(0)), Optional.empty(), List.of());
        }
        // "Chicago" also matches nothing else by name, but "Paris" is contained in no other city either: one zone
        // whose city is exactly what was typed is the one meant.
        List<ZoneChoice> sameCity = found.stream().filter(c -> folded.get(c.zoneId())[0].equals(fold(t))).toList();
        if (sameCity.size() == 1) {
            return new Resolution(Optional.of(sameCity.get(0)), Optional.empty(), List.of());
        }
        if (found.isEmpty()) {
            return new Resolution(Optional.empty(), Optional.of(Problem.NOT_FOUND), List.of());
        }
        return new Resolution(Optional.empty(), Optional.of(Problem.AMBIGUOUS), top(found));
    }

    private static List<ZoneChoice> top(List<ZoneChoice> list) {
        return list.subList(0, Math.min(MAX_SUGGESTIONS, list.size()));
    }

    /** The choice for one zone id, which must be known. */
    public ZoneChoice choice(String id) {
        ZoneId zone = ZoneId.of(id);
        ZonedDateTime there = now.atZone(zone);
        String country = ZoneCountries.countryOf(id).orElse("");
        String city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
        String[] names = ABBREVIATIONS.computeIfAbsent(id, k -> {
            TimeZone tz = TimeZone.getTimeZone(zone);
            return new String[] {tz.getDisplayName(false, TimeZone.SHORT, EN),
                tz.useDaylightTime() ? tz.getDisplayName(true, TimeZone.SHORT, EN) : null};
        });
        Set<String> abbreviations = new LinkedHashSet<>();
        if (zone.getRules().isDaylightSavings(now) && names[1] != null) {
            abbreviations.add(names[1]);
        }
        abbreviations.add(names[0]);
        if (names[1] != null) {
            abbreviations.add(names[1]);
        }
        // Java shows zones without a common abbreviation as "GMT+05:45": not an abbreviation anyone types.
        abbreviations.removeIf(a -> a.startsWith("GMT") && a.length() > 3);
        return new ZoneChoice(id, city, country, country.isEmpty() ? "" : ZoneCountries.countryName(country),
                List.copyOf(abbreviations), zone.getRules().getOffset(now), there);
    }

    private Comparator<ZoneChoice> order() {
        return Comparator.comparingInt((ZoneChoice c) -> rank(c.zoneId()))
                .thenComparingInt(c -> c.offset().getTotalSeconds())
                .thenComparing(ZoneChoice::city);
    }

    private int rank(String id) {
        if (id.equals(userZone.getId())) {
            return 0;
        }
        int r = recent.indexOf(id);
        return r < 0 ? Integer.MAX_VALUE : 1 + r;
    }

    private static final int NO_MATCH = 3;

    /** 0: the name, code or abbreviation itself; 1: a name starting with it; 2: containing it; else no match. */
    private int score(ZoneChoice c, String q, Optional<ZoneOffset> offset) {
        String[] f = folded.get(c.zoneId());
        if (f[0].equals(q) || f[2].equals(q) || c.countryCode().equalsIgnoreCase(q)
                || c.abbreviations().stream().anyMatch(a -> a.equalsIgnoreCase(q))
                || offset.map(o -> o.equals(c.offset())).orElse(false)) {
            return 0;
        }
        if (f[0].startsWith(q) || f[2].startsWith(q)) {
            return 1;
        }
        return f[0].contains(q) || f[1].contains(q) || f[2].contains(q) ? 2 : NO_MATCH;
    }

    /** "+5:30", "utc-5", "gmt+1", "+0100" as an offset. */
    private static Optional<ZoneOffset> offsetQuery(String q) {
        String s = q.replace("utc", "").replace("gmt", "").replace(" ", "").replace('\u2212', '-');
        if (!s.matches("[+-]\\d{1,2}(:?\\d{2})?")) {
            return Optional.empty();
        }
        String sign = s.substring(0, 1);
        String digits = s.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        try {
            int sgn = sign.equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sgn * hours, sgn * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Lower case, accents off, underscores as spaces: "São_Paulo" and "sao paulo" are the same. */
    private static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static boolean known(String id) {
        return ZoneId.getAvailableZoneIds().contains(id);
    }

    /** Old names kept for compatibility (Asia/Calcutta, US/Eastern): offered under their current name. */
    private static boolean isAlias(String id) {
        return !id.equals("UTC") && !ZoneCountries.isCanonical(id);
    }

    /** The English display name of a zone, such as "Central European Time". */
    public static String displayName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, EN);
    }
}
