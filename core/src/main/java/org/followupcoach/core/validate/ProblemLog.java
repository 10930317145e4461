package org.followupcoach.core.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.followupcoach.core.json.JsonNode;
import org.followupcoach.core.json.Position;

/**
 * Collects the problems of one content load and keeps each file's parsed tree, so checks that run on the decoded
 * records can still point an author at a line and column.
 */
public final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, JsonNode> roots = new HashMap<>();

    /**
     * Remembers a file's parsed tree. A problem reported later by JSON path points at the value the path names, or at
     * its nearest parent that the file has; positions are looked up only then, so a large pack costs no extra memory.
     */
    public void remember(String file, JsonNode root) {
        roots.put(file, root);
    }

    /** Adds a problem at a known position. */
    public void add(String file, String path, Position position, String message) {
        problems.add(new Problem(file, path, position.line(), position.column(), message));
    }

    /** Adds a problem at the position of {@code path}, or of its nearest parent in the file. */
    public void add(String file, String path, String message) {
        add(file, path, positionOf(file, path), message);
    }

    /** Walks {@code path} ({@code $.key[index].key…}) down the file's tree as far as it leads. */
    private Position positionOf(String file, String path) {
        JsonNode node = roots.get(file);
        if (node == null || !path.startsWith("$")) {
            return Position.START;
        }
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end = nextSegment(path, i + 1);
            JsonNode next = null;
            if (c == '.' && node instanceof JsonNode.JsonObject object) {
                JsonNode.Member member = object.members().get(path.substring(i + 1, end));
                next = member == null ? null : member.value();
            } else if (c == '[' && node instanceof JsonNode.JsonArray array && path.charAt(end - 1) == ']') {
                int index = index(path.substring(i + 1, end - 1));
                next = index >= 0 && index < array.elements().size() ? array.elements().get(index) : null;
                // Only objects are read field by field, so a path going on into anything else ends at the list.
                if (next != null && end < path.length() && !(next instanceof JsonNode.JsonObject)) {
                    next = null;
                }
            }
            if (next == null) {
                break;
            }
            node = next;
            i = end;
        }
        return node.position();
    }

    private static int nextSegment(String path, int from) {
        for (int j = from; j < path.length(); j++) {
            char c = path.charAt(j);
            if (c == '.' || c == '[') {
                return j;
            }
        }
        return path.length();
    }

    private static int index(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
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
