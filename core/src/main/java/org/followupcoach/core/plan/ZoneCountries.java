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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which country a time zone belongs to, from the tz database's own table (the JDK does not expose it), so a plan can
 * take the public holidays of the interviewer's country from their time zone.
 */
public final class ZoneCountries {

    private static final Map<String, String> BY_ZONE = load();

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
        return BY_ZONE;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = ZoneCountries.class.getResourceAsStream("zone-countries.tab")) {
            if (in == null) {
                throw new IllegalStateException("zone-countries.tab is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    map.put(line.substring(tab + 1).strip(), line.substring(0, tab));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
