package org.followupcoach.core.readiness;

import java.util.OptionalInt;
import org.followupcoach.core.model.Topic;

/**
 * A quiz topic and its mastery in percent, empty while the topic has never been tested. {@code evidence} is the
 * mastery before it is clipped at zero: below zero, confident mistakes outweigh what was answered right.
 */
public record TopicReadiness(Topic topic, OptionalInt percent, double evidence) {

    /** A topic whose evidence is its percent. */
    public TopicReadiness(Topic topic, OptionalInt percent) {
        this(topic, percent, percent.orElse(0) / 100.0);
    }

    /** The percent used in the score: an untested topic counts as zero. */
    public int percentOrZero() {
        return percent.orElse(0);
    }
}
