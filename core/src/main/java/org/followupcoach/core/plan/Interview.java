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
                        Set<String> checkedItems, String country, Set<LocalDate> closedDays, RoundKind round,
                        List<Round> earlierRounds) {
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
        round = round == null ? RoundKind.INTERVIEW : round;
        earlierRounds = earlierRounds == null ? List.of() : List.copyOf(earlierRounds);
    }

    /** An interview whose country follows its time zone and whose office has no closed days marked. */
    public Interview(String id, String company, String role, String interviewerName, String interviewerTitle,
                     String phone, LocalDateTime interviewAt, String interviewerZone, LocalDate decisionDate,
                     String keyQualifications, String wishISaid, boolean archived, List<CallAttempt> attempts,
                     Set<String> checkedItems) {
        this(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone, decisionDate,
                keyQualifications, wishISaid, archived, attempts, checkedItems, "", Set.of(), RoundKind.INTERVIEW,
                List.of());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * The interviewer's zone; UTC while the saved zone is one this Java's tz data does not have (renamed or removed),
     * so the plan still shows and {@link #zoneMissing()} lets the app ask the user to pick the zone again.
     */
    public ZoneId zone() {
        try {
            return ZoneId.of(interviewerZone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** Whether the saved zone is missing from this Java's tz data. */
    public boolean zoneMissing() {
        try {
            ZoneId.of(interviewerZone);
            return false;
        } catch (java.time.DateTimeException e) {
            return true;
        }
    }

    /** The decision date they gave, if any. */
    public Optional<LocalDate> decision() {
        return Optional.ofNullable(decisionDate);
    }

    public Interview withAttempts(List<CallAttempt> value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, value, checkedItems, country, closedDays,
                round, earlierRounds);
    }

    public Interview withArchived(boolean value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, value, attempts, checkedItems, country, closedDays,
                round, earlierRounds);
    }

    public Interview withCheckedItems(Set<String> value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, attempts, value, country, closedDays,
                round, earlierRounds);
    }

    /**
     * The same interview with the editable details of {@code edited}, keeping its calls, checklist run, country and
     * closed days.
     */
    public Interview withDetailsOf(Interview edited) {
        return new Interview(id, edited.company, edited.role, edited.interviewerName, edited.interviewerTitle,
                edited.phone, edited.interviewAt, edited.interviewerZone, edited.decisionDate, edited.keyQualifications,
                edited.wishISaid, archived, attempts, checkedItems, country, closedDays, round, earlierRounds);
    }

    /** The same interview with the interviewer's country set ({@code ""}: follow the time zone). */
    public Interview withCountry(String value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, attempts, checkedItems, value, closedDays,
                round, earlierRounds);
    }

    /** The same interview with the days the interviewer's office is closed. */
    public Interview withClosedDays(Set<LocalDate> value) {
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, interviewAt, interviewerZone,
                decisionDate, keyQualifications, wishISaid, archived, attempts, checkedItems, country, value,
                round, earlierRounds);
    }

    /** The interviewer's country: the one set by the user, else the one their time zone is in ("" when neither). */
    public String countryCode() {
        return !country.isEmpty() ? country : ZoneCountries.countryOf(interviewerZone).orElse("");
    }

    /** The working days of the interviewer's office under {@code holidays}. */
    public BusinessDays businessDays(HolidayCalendar holidays) {
        return new BusinessDays(holidays, countryCode(), closedDays);
    }

    /**
     * Starts the next round ({@code kind}, held at {@code at}): the current round with its calls and closed days is
     * kept in {@link #earlierRounds()}, and the new one starts with an empty log and no decision date.
     */
    public Interview nextRound(RoundKind kind, LocalDateTime at, LocalDate decision) {
        List<Round> rounds = new java.util.ArrayList<>(earlierRounds);
        rounds.add(new Round(round, interviewAt, decisionDate, attempts, closedDays));
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, at, interviewerZone,
                decision, keyQualifications, wishISaid, archived, List.of(), checkedItems, country, Set.of(), kind,
                rounds);
    }

    /** How many rounds there have been, this one included. */
    public int roundCount() {
        return earlierRounds.size() + 1;
    }

    /**
     * Round {@code index} (0 the first) as an interview of its own, so its plan, call log and cue card are worked
     * out exactly as for a single interview; the latest round is this interview itself.
     */
    public Interview roundView(int index) {
        if (index == earlierRounds.size()) {
            return this;
        }
        Round r = earlierRounds.get(index);
        return new Interview(id, company, role, interviewerName, interviewerTitle, phone, r.interviewAt(),
                interviewerZone, r.decisionDate(), keyQualifications, wishISaid, archived, r.attempts(),
                checkedItems, country, r.closedDays(), r.kind(), earlierRounds.subList(0, index));
    }

    /**
     * A key for this round's calendar entries: the interview's id for its first round (as before rounds existed),
     * the id and round number after, so a new round's entries never overwrite the last round's.
     */
    public String roundKey() {
        return earlierRounds.isEmpty() ? id : id + "-r" + roundCount();
    }
}
