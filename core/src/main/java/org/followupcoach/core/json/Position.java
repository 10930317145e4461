package org.followupcoach.core.json;

/** A 1-based line and column in a text file. */
public record Position(int line, int column) {

    /** The start of a file, used for problems that concern a file as a whole. */
    public static final Position START = new Position(1, 1);
}
