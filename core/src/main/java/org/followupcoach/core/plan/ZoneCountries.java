package org.followupcoach.core.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which country a time zone belongs to, from the tz database's own table (the JDK does not expose it), so a plan can
 * take the public holidays of the interviewer's country from their time zone.
 */
public final class ZoneCountries {

    private static final Map<String, String> BY_ZONE = new HashMap<>();
    private static final Set<String> ALIASES = new HashSet<>();
    private static final Set<String> PRIMARY = new HashSet<>();

    static {
        load();
    }

    private ZoneCountries() {
    }

    /** The ISO 3166 code of the country {@code zone} is in; empty for zones such as UTC that belong to none. */
    public static Optional<String> countryOf(ZoneId zone) {
        return countryOf(zone.getId());
    }

    /** The ISO 3166 code of the country the zone id names; empty when unknown. */
    public static Optional<String> countryOf(String zoneId) {
        return Optional.ofNullable(BY_ZONE.get(zoneId));
    }

    /** The country's English name, such as "United Kingdom" for "GB"; the code itself when Java does not know it. */
    public static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /** Every zone id in the table with its country. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(BY_ZONE);
    }

    /** Whether {@code zoneId} is a zone's current name rather than an old alias such as Asia/Calcutta. */
    public static boolean isCanonical(String zoneId) {
        return BY_ZONE.containsKey(zoneId) && !ALIASES.contains(zoneId);
    }

    /**
     * Whether {@code zoneId} is its country's main zone: the tz table lists each country's most populous zone first
     * (America/New_York for the US), so a search for "EST" can put it before Atikokan.
     */
    public static boolean isPrimary(String zoneId) {
        return PRIMARY.contains(zoneId);
    }

    private static void load() {
        try (InputStream in = ZoneCountries.class.getResourceAsStream("zone-countries.tab")) {
            if (in == null) {
                throw new IllegalStateException("zone-countries.tab is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields.length >= 2) {
                    boolean firstOfCountry = !BY_ZONE.containsValue(fields[0]);
                    BY_ZONE.put(fields[1].strip(), fields[0]);
                    if (firstOfCountry) {
                        PRIMARY.add(fields[1].strip());
                    }
                    if (fields.length > 2 && fields[2].strip().equals("alias")) {
                        ALIASES.add(fields[1].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
