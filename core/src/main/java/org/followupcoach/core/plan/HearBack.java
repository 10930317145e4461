package org.followupcoach.core.plan;

import java.time.LocalDate;

/**
 * When an answer is due: from {@code expectFrom}, check in on {@code checkInOn} if nothing came, and by
 * {@code writeInsteadBy} stop waiting and send a short written note.
 */
public record HearBack(LocalDate expectFrom, LocalDate checkInOn, LocalDate writeInsteadBy, boolean decisionDateGiven) {

    /** Business days after the last written check-in before the coach closes an interview out as "no answer". */
    public static final int CLOSE_OUT_AFTER = 10;
}
