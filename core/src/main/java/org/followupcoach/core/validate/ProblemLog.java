package org.followupcoach.core.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.followupcoach.core.load.Position;

/**
 * Collects the problems of one content load and remembers where each JSON path stands, so checks that run on the
 * decoded records can still point an author at a line and column.
 */
public final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Map<String, Position>> positions = new HashMap<>();

    /** Remembers that {@code path} in {@code file} starts at {@code position}. */
    public void remember(String file, String path, Position position) {
        positions.computeIfAbsent(file, f -> new HashMap<>()).put(path, position);
    }

    /** Adds a problem at a known position. */
    public void add(String file, String path, Position position, String message) {
        problems.add(new Problem(file, path, position.line(), position.column(), message));
    }

    /** Adds a problem at the remembered position of {@code path}, or of its nearest remembered parent. */
    public void add(String file, String path, String message) {
        add(file, path, positionOf(file, path), message);
    }

    private Position positionOf(String file, String path) {
        Map<String, Position> known = positions.getOrDefault(file, Map.of());
        String p = path;
        while (!p.isEmpty()) {
            Position found = known.get(p);
            if (found != null) {
                return found;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
        return Position.START;
    }

    /** Whether nothing was reported. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems, ordered by file, line and column so authors can work top to bottom. */
    public List<Problem> problems() {
        return problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
    }
}
