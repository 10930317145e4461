package org.followupcoach.client.support;

/** Worded text from the message bundle, handed to models that compose text for files (calendar, cue card). */
@FunctionalInterface
public interface Texts {

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    String format(String key, Object... args);
}
