package org.followupcoach.core.json;

import java.util.List;
import java.util.Map;

/** A parsed JSON value that remembers where it stood in its file. */
public sealed interface JsonNode {

    /** Where the value starts. */
    Position position();

    /** A short name of the JSON type, for messages such as "expected text but found a number". */
    String typeName();

    /** A JSON object; members keep their file order. */
    record JsonObject(Map<String, Member> members, Position position) implements JsonNode {
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        @Override
        public String typeName() {
            return "an object";
        }
    }

    /** One key of an object, with the key's own position for "unknown field" messages. */
    record Member(String key, Position keyPosition, JsonNode value) {
    }

    /** A JSON array. */
    record JsonArray(List<JsonNode> elements, Position position) implements JsonNode {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "a list";
        }
    }

    /** A JSON string. */
    record JsonString(String value, Position position) implements JsonNode {
        @Override
        public String typeName() {
            return "text";
        }
    }

    /** A JSON number, kept as written so integers stay exact. */
    record JsonNumber(String lexeme, Position position) implements JsonNode {
        @Override
        public String typeName() {
            return "a number";
        }

        /** Whether the number is written as a whole number (no fraction, no exponent). */
        public boolean isInteger() {
            return lexeme.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        }
    }

    /** A JSON boolean. */
    record JsonBoolean(boolean value, Position position) implements JsonNode {
        @Override
        public String typeName() {
            return "true/false";
        }
    }

    /** A JSON null. */
    record JsonNull(Position position) implements JsonNode {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
