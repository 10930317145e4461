package org.followupcoach.core.json;

/** Thrown when a text is not strict JSON; carries the position of the first offending character. */
public final class JsonSyntaxException extends Exception {

    private final transient Position position;

    /** Creates the exception with an author-readable message. */
    public JsonSyntaxException(String message, Position position) {
        super(message);
        this.position = position;
    }

    /** Where the parser stopped. */
    public Position position() {
        return position;
    }
}
