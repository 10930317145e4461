package org.followupcoach.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses RFC 8259 JSON into a {@link JsonNode} tree with positions, refusing everything lenient parsers accept.
 *
 * <p>Gson's tree model keeps no positions and silently lets a duplicate key win, so content files go through this
 * parser instead: every node knows its line and column, which is what a content author needs in an error.
 */
public final class StrictJsonParser {

    /** Deep enough for any real content file, shallow enough that recursion can never overflow the stack. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final String text;
    private final int maxDepth;
    private int pos;
    private int line = 1;
    private int lineStart;

    private StrictJsonParser(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /** Parses one JSON document with the default nesting limit. */
    public static JsonNode parse(String text) throws JsonSyntaxException {
        return parse(text, DEFAULT_MAX_DEPTH);
    }

    /** Parses one JSON document; nesting deeper than {@code maxDepth} is an error. */
    public static JsonNode parse(String text, int maxDepth) throws JsonSyntaxException {
        StrictJsonParser parser = new StrictJsonParser(text, maxDepth);
        parser.skipWhitespace();
        if (parser.atEnd()) {
            throw parser.error("the file is empty; it should hold one JSON value");
        }
        JsonNode root = parser.value(0);
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error("unexpected text after the end of the JSON value");
        }
        return root;
    }

    private JsonNode value(int depth) throws JsonSyntaxException {
        if (atEnd()) {
            throw error("the file ends where a value was expected");
        }
        char c = text.charAt(pos);
        Position at = here();
        return switch (c) {
            case '{' -> object(depth + 1, at);
            case '[' -> array(depth + 1, at);
            case '"' -> new JsonNode.JsonString(string(), at);
            case 't' -> literal("true", new JsonNode.JsonBoolean(true, at));
            case 'f' -> literal("false", new JsonNode.JsonBoolean(false, at));
            case 'n' -> literal("null", new JsonNode.JsonNull(at));
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(at);
            default -> throw unexpected(c, "a value");
        };
    }

    private JsonNode object(int depth, Position at) throws JsonSyntaxException {
        checkDepth(depth);
        pos++;
        Map<String, JsonNode.Member> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peekIs('}')) {
            pos++;
            return new JsonNode.JsonObject(members, at);
        }
        Position comma = null;
        while (true) {
            skipWhitespace();
            if (atEnd()) {
                throw error("the file ends inside an object; a '}' is missing");
            }
            if (peekIs('}')) {
                // Point at the comma to delete, not at the '}' that may stand lines below it.
                throw new JsonSyntaxException("trailing comma before '}'; remove the last comma", comma);
            }
            if (!peekIs('"')) {
                throw unexpected(text.charAt(pos), "a field name in double quotes");
            }
            Position keyAt = here();
            String key = string();
            JsonNode.Member previous = members.get(key);
            if (previous != null) {
                throw new JsonSyntaxException("duplicate field \"" + key + "\" (first given at line "
                        + previous.keyPosition().line() + ", column " + previous.keyPosition().column() + ")", keyAt);
            }
            skipWhitespace();
            expect(':', "':' after the field name");
            skipWhitespace();
            members.put(key, new JsonNode.Member(key, keyAt, value(depth)));
            skipWhitespace();
            if (atEnd()) {
                throw error("the file ends inside an object; a '}' is missing");
            }
            char c = text.charAt(pos);
            if (c == ',') {
                comma = here();
                pos++;
            } else if (c == '}') {
                pos++;
                return new JsonNode.JsonObject(members, at);
            } else {
                throw unexpected(c, "',' or '}'");
            }
        }
    }

    private JsonNode array(int depth, Position at) throws JsonSyntaxException {
        checkDepth(depth);
        pos++;
        List<JsonNode> elements = new ArrayList<>();
        skipWhitespace();
        if (peekIs(']')) {
            pos++;
            return new JsonNode.JsonArray(elements, at);
        }
        Position comma = null;
        while (true) {
            skipWhitespace();
            if (peekIs(']')) {
                throw new JsonSyntaxException("trailing comma before ']'; remove the last comma", comma);
            }
            elements.add(value(depth));
            skipWhitespace();
            if (atEnd()) {
                throw error("the file ends inside a list; a ']' is missing");
            }
            char c = text.charAt(pos);
            if (c == ',') {
                comma = here();
                pos++;
            } else if (c == ']') {
                pos++;
                return new JsonNode.JsonArray(elements, at);
            } else {
                throw unexpected(c, "',' or ']'");
            }
        }
    }

    private String string() throws JsonSyntaxException {
        pos++;
        // Most text has no escapes: find the closing quote and cut the text out; anything else takes the slow path.
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return text.substring(start, pos - 1);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder out = new StringBuilder(pos - start + 16).append(text, start, pos);
        while (true) {
            if (atEnd()) {
                throw error("the file ends inside a text value; a closing '\"' is missing");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                pos++;
                out.append(escape());
            } else if (c < 0x20) {
                throw error(c == '\n' ? "a text value runs past the end of the line; a closing '\"' is missing"
                        : "a control character must be written as an escape such as \\t");
            } else {
                out.append(c);
                pos++;
            }
        }
    }

    private char escape() throws JsonSyntaxException {
        if (atEnd()) {
            throw error("the file ends inside an escape sequence");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                pos--;
                throw error("'\\" + c + "' is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
            }
        };
    }

    private char unicodeEscape() throws JsonSyntaxException {
        if (pos + 4 > text.length()) {
            throw error("a \\u escape needs four hexadecimal digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0) {
                throw error("a \\u escape needs four hexadecimal digits");
            }
            value = value * 16 + digit;
            pos++;
        }
        return (char) value;
    }

    private JsonNode number(Position at) throws JsonSyntaxException {
        int start = pos;
        if (text.startsWith("-Infinity", pos)) {
            throw new JsonSyntaxException("NaN and Infinity are not JSON numbers", at);
        }
        if (peekIs('-')) {
            pos++;
        }
        if (peekIs('0')) {
            pos++;
            if (!atEnd() && Character.isDigit(text.charAt(pos))) {
                throw new JsonSyntaxException("numbers must not start with a leading zero", at);
            }
        } else {
            digits("a digit");
        }
        if (peekIs('.')) {
            pos++;
            digits("a digit after the decimal point");
        }
        if (peekIs('e') || peekIs('E')) {
            pos++;
            if (peekIs('+') || peekIs('-')) {
                pos++;
            }
            digits("a digit in the exponent");
        }
        return new JsonNode.JsonNumber(text.substring(start, pos), at);
    }

    private void digits(String expected) throws JsonSyntaxException {
        int start = pos;
        while (!atEnd() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw atEnd() ? error("the file ends where " + expected + " was expected")
                    : unexpected(text.charAt(pos), expected);
        }
    }

    private JsonNode literal(String word, JsonNode node) throws JsonSyntaxException {
        if (!text.startsWith(word, pos)) {
            throw unexpected(text.charAt(pos), "a value");
        }
        pos += word.length();
        return node;
    }

    private void skipWhitespace() throws JsonSyntaxException {
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
                throw error("comments are not allowed in JSON; remove the comment");
            } else {
                return;
            }
        }
    }

    private void expect(char c, String what) throws JsonSyntaxException {
        if (atEnd()) {
            throw error("the file ends where " + what + " was expected");
        }
        if (text.charAt(pos) != c) {
            throw unexpected(text.charAt(pos), what);
        }
        pos++;
    }

    private void checkDepth(int depth) throws JsonSyntaxException {
        if (depth > maxDepth) {
            throw error("nesting is deeper than " + maxDepth + " levels");
        }
    }

    private JsonSyntaxException unexpected(char c, String expected) {
        if (c == '\'') {
            return error("text must be in double quotes, not single quotes");
        }
        if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos) || text.startsWith("-Infinity", pos)) {
            return error("NaN and Infinity are not JSON numbers");
        }
        String shown = Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
        return error("expected " + expected + " but found " + shown);
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException(message, here());
    }

    private Position here() {
        return new Position(line, pos - lineStart + 1);
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }
}
