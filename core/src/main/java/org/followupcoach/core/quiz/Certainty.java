package org.followupcoach.core.quiz;

/**
 * How sure the learner is before submitting, marked as in Moodle's certainty-based marking (CBM): a right answer
 * earns 1, 2 or 3 marks, a wrong one costs 0, 2 or 6. The expected mark is highest at level 1 below a 67 % chance of
 * being right, at level 2 between 67 % and 80 %, and at level 3 above 80 %, so honest certainty pays best.
 */
public enum Certainty {
    /** Level 1: "not sure", worth it below a 67 % chance of being right. */
    LOW(1, 1, 0, 0.0),
    /** Level 2: "fairly sure", worth it for a 67-80 % chance. */
    MEDIUM(2, 2, -2, 2.0 / 3),
    /** Level 3: "very sure", worth it above an 80 % chance. */
    HIGH(3, 3, -6, 0.8);

    private final int level;
    private final int rightMark;
    private final int wrongMark;
    private final double fromProbability;

    Certainty(int level, int rightMark, int wrongMark, double fromProbability) {
        this.level = level;
        this.rightMark = rightMark;
        this.wrongMark = wrongMark;
        this.fromProbability = fromProbability;
    }

    /** The level as shown to the learner: 1, 2 or 3. */
    public int level() {
        return level;
    }

    /** The CBM mark of an answer given at this level. */
    public int mark(boolean correct) {
        return correct ? rightMark : wrongMark;
    }

    /** The chance of being right above which this level pays best (its band starts here). */
    public double bandFrom() {
        return fromProbability;
    }

    /** The chance of being right below which this level pays best (its band ends here). */
    public double bandTo() {
        return this == HIGH ? 1.0 : values()[ordinal() + 1].fromProbability;
    }

    /** The level that earns most on average for a learner right with probability {@code p}. */
    public static Certainty bestFor(double p) {
        return p > HIGH.fromProbability ? HIGH : p >= MEDIUM.fromProbability ? MEDIUM : LOW;
    }

    /** The level with this number. */
    public static Certainty ofLevel(int level) {
        for (Certainty c : values()) {
            if (c.level == level) {
                return c;
            }
        }
        throw new IllegalArgumentException("certainty levels are 1, 2 and 3, not " + level);
    }

    /** Sure / not sure answers of progress format 1: "sure" was a claim of certainty, "not sure" of none. */
    public static Certainty of(Confidence confidence) {
        return confidence == Confidence.SURE ? HIGH : LOW;
    }
}
