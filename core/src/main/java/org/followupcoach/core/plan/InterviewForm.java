package org.followupcoach.core.plan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.followupcoach.core.Limits;

/**
 * Checks what a user typed for an interview and turns it into an {@link Interview}; each field error comes back as
 * a code ({@code required} or {@code format}) keyed by field name, and the client words it next to the field.
 * Never throws for bad input.
 */
public final class InterviewForm {

    /** Digits with the separators people write in phone numbers; letters are refused. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,}[0-9]");

    /** The raw text of each field. */
    public record Input(String company, String role, String interviewerName, String interviewerTitle, String phone,
                        String date, String time, String zone, String decisionDate, String keyQualifications,
                        String wishISaid) {
    }

    /** Either an interview or the errors per field. */
    public record Result(Interview interview, Map<String, String> errors) {
        public Result {
            errors = Map.copyOf(errors);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** The field must not be empty. */
    public static final String REQUIRED = "required";
    /** The field's text is not in a form the app understands. */
    public static final String FORMAT = "format";
    /** The field's text is longer than {@link #maxLength(String)} allows. */
    public static final String TOO_LONG = "tooLong";
    /** The date is outside the years {@value Limits#FIRST_YEAR} to {@value Limits#LAST_YEAR}. */
    public static final String OUT_OF_RANGE = "range";

    /** The most characters each text field takes, by field name. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("company", Limits.NAME, "role", Limits.NAME,
            "interviewerName", Limits.NAME, "interviewerTitle", Limits.NAME, "phone", Limits.PHONE,
            "keyQualifications", Limits.NOTE, "wishISaid", Limits.NOTE);

    private InterviewForm() {
    }

    /** The most characters the field {@code field} takes; a large number for fields that are not free text. */
    public static int maxLength(String field) {
        return MAX_LENGTH.getOrDefault(field, Limits.NAME);
    }

    /** The interview date lies after today: a follow-up plan starts once the interview has happened. */
    public static final String FUTURE = "future";
    /** The interview date lies more than {@link #MAX_YEARS_BACK} years back: most likely a typo in the year. */
    public static final String TOO_OLD = "tooOld";
    /** Further back than this, a follow-up is no longer a follow-up. */
    public static final int MAX_YEARS_BACK = 2;

    /**
     * Validates {@code in} as {@link #check(String, Input)} does, and also refuses an interview date after
     * {@code today} (a day of slack for time zones) or years before it.
     */
    public static Result check(String id, Input in, LocalDate today) {
        Result result = check(id, in);
        if (!result.isValid()) {
            return result;
        }
        LocalDate date = result.interview().interviewAt().toLocalDate();
        if (date.isAfter(today.plusDays(1))) {
            return new Result(null, Map.of("date", FUTURE));
        }
        if (date.isBefore(today.minusYears(MAX_YEARS_BACK))) {
            return new Result(null, Map.of("date", TOO_OLD));
        }
        return result;
    }

    /** Validates {@code in}; {@code id} names the interview created. */
    public static Result check(String id, Input in) {
        Map<String, String> errors = new LinkedHashMap<>();
        tooLong("interviewerName", in.interviewerName(), errors);
        tooLong("interviewerTitle", in.interviewerTitle(), errors);
        tooLong("keyQualifications", in.keyQualifications(), errors);
        tooLong("wishISaid", in.wishISaid(), errors);
        String company = required(in.company(), "company", errors);
        String role = required(in.role(), "role", errors);
        String phone = trim(in.phone());
        if (phone.length() > Limits.PHONE) {
            errors.put("phone", TOO_LONG);
        } else if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.put("phone", FORMAT);
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(trim(in.date()));
            if (!Limits.isSane(date)) {
                errors.put("date", OUT_OF_RANGE);
            }
        } catch (DateTimeParseException e) {
            errors.put("date", FORMAT);
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(trim(in.time()));
        } catch (DateTimeParseException e) {
            errors.put("time", FORMAT);
        }
        String zone = trim(in.zone());
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            // "Chicago" or "IST" names one zone as well as "America/Chicago" does.
            Optional<String> found = new ZoneSearch(Instant.now(), ZoneOffset.UTC, List.of()).resolve(zone).zone()
                    .map(ZoneSearch.ZoneChoice::zoneId);
            if (found.isPresent()) {
                zone = found.get();
            } else {
                errors.put("zone", FORMAT);
            }
        }
        LocalDate decision = null;
        if (!trim(in.decisionDate()).isEmpty()) {
            try {
                // A date in the past is fine: people add interviews after the fact.
                decision = LocalDate.parse(trim(in.decisionDate()));
                if (!Limits.isSane(decision)) {
                    errors.put("decisionDate", OUT_OF_RANGE);
                }
            } catch (DateTimeParseException e) {
                errors.put("decisionDate", FORMAT);
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new Interview(id, company, role, trim(in.interviewerName()), trim(in.interviewerTitle()),
                phone, LocalDateTime.of(date, time), zone, decision, trim(in.keyQualifications()),
                trim(in.wishISaid()), false, List.of(), Set.of()), errors);
    }

    /** Whether {@code phone} is acceptable as a call-back number (empty is not). */
    public static boolean isPhone(String phone) {
        return PHONE.matcher(trim(phone)).matches();
    }

    private static String required(String value, String field, Map<String, String> errors) {
        String v = trim(value);
        if (v.isEmpty()) {
            errors.put(field, REQUIRED);
        } else {
            tooLong(field, v, errors);
        }
        return v;
    }

    private static void tooLong(String field, String value, Map<String, String> errors) {
        if (trim(value).length() > maxLength(field)) {
            errors.put(field, TOO_LONG);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
