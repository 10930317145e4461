package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An interview the user is following up on, with the calls made since and its own run of the checklist.
 * The interviewer's time zone is kept as its id so a saved file stays readable if zone rules change.
 */
public record Interview(String id, String company, String role, String interviewerName, String interviewerTitle,
                        String phone, LocalDateTime interviewAt, String interviewerZone, LocalDate decisionDate,
                        String keyQualifications, String wishISaid, boolean archived, List<CallAttempt> attempts,
                        Set<String> checkedItems, String country, Set<LocalDate> closedDays) {
    public Interview {
        company = nonNull(company);
        role = nonNull(role);
        interviewerName = nonNull(interviewerName);
        interviewerTitle = nonNull(interviewerTitle);
        phone = nonNull(phone);
        keyQualifications = nonNull(keyQualifications);
        wishISaid = nonNull(wishISaid);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        checkedItems = checkedItems == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(checkedItems));
        country = nonNull(country).strip().toUpperCase(java.util.Locale.ROOT);
        closedDays = closedDays == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(closedDays));
    }

    /** An interview whose country follows its time zone and whose office has no closed days marked. */
    public Interview(String id, String company, String role, String interviewerName, String interviewerTitle,
                     String phone, LocalDateTime interviewAt, String interviewerZone, LocalDate decisionDate,
                     String keyQualifications, String wishISaid, boolean archived, List<CallAttempt> attempts,
                     Set<String> checkedItems) {
        this(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone, decisionDate,
                keyQualifications, wishISaid, archived, attempts, checkedItems, "", Set.of());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The interviewer's zone. */
    public ZoneId zone() {
        return ZoneId.of(interviewerZone);
    }

    /** The decision date they gave, if any. */
    public Optional<LocalDate> decision() {
        return Optional.ofNullable(decisionDate);
    }

    public Interview withAttempts(List<CallAttempt> value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, value, checkedItems, country, closedDays);
    }

    public Interview withArchived(boolean value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, value, attempts, checkedItems, country, closedDays);
    }

    public Interview withCheckedItems(Set<String> value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, attempts, value, country, closedDays);
    }

    /**
     * The same interview with the editable details of {@code edited}, keeping its calls, checklist run, country and
     * closed days.
     */
    public Interview withDetailsOf(Interview edited) {
        return new Interview(id, edited.company, edited.role, edited.interviewerName, edited.interviewerTitle,
                edited.phone, edited.interviewAt, edited.interviewerZone, edited.decisionDate, edited.keyQualifications,
                edited.wishISaid, archived, attempts, checkedItems, country, closedDays);
    }

    /** The same interview with the interviewer's country set ({@code ""}: follow the time zone). */
    public Interview withCountry(String value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, attempts, checkedItems, value, closedDays);
    }

    /** The same interview with the days the interviewer's office is closed. */
    public Interview withClosedDays(Set<LocalDate> value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, attempts, checkedItems, country, value);
    }

    /** The interviewer's country: the one set by the user, else the one their time zone is in ("" when neither). */
    public String countryCode() {
        return !country.isEmpty() ? country : ZoneCountries.countryOf(interviewerZone).orElse("");
    }

    /** The working days of the interviewer's office under {@code holidays}. */
    public BusinessDays businessDays(HolidayCalendar holidays) {
        return new BusinessDays(holidays, countryCode(), closedDays);
    }
}
