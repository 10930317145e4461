package org.followupcoach.core.readiness;

import java.util.OptionalInt;
import org.followupcoach.core.model.Topic;

/** A quiz topic and its latest result in percent, empty while the topic has never been tested. */
public record TopicReadiness(Topic topic, OptionalInt percent) {

    /** The percent used in the score: an untested topic counts as zero. */
    public int percentOrZero() {
        return percent.orElse(0);
    }
}
