package org.followupcoach.core.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.followupcoach.core.validate.ProblemLog;
import org.followupcoach.core.validate.RuleNumbers;

/**
 * Reads the fields of one JSON object, reporting every missing, mistyped or unknown field instead of stopping at the
 * first. Values that cannot be read come back as null, zero or empty so decoding carries on and finds the rest.
 */
final class ObjectReader {

    private final String file;
    private final ProblemLog log;
    private final JsonNode.JsonObject node;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();
    /** The pack's rules, substituted into every text read; empty while rules.json itself is read. */
    private final RuleNumbers rules;

    private ObjectReader(String file, ProblemLog log, JsonNode.JsonObject node, String path, RuleNumbers rules) {
        this.file = file;
        this.log = log;
        this.node = node;
        this.path = path;
        this.rules = rules;
    }

    /** Starts reading {@code value} as an object, or reports it and returns empty when it is something else. */
    static Optional<ObjectReader> of(String file, ProblemLog log, JsonNode value, String path) {
        return of(file, log, value, path, RuleNumbers.of(Map.of()));
    }

    /**
     * Like {@link #of(String, ProblemLog, JsonNode, String)}, replacing {@code {rule:<id>}} in every text with the
     * rule's value and reporting a text that states a rule's number differently.
     */
    static Optional<ObjectReader> of(String file, ProblemLog log, JsonNode value, String path,
                                     RuleNumbers rules) {
        if (value instanceof JsonNode.JsonObject object) {
            return Optional.of(new ObjectReader(file, log, object, path, rules));
        }
        log.add(file, path, value.position(), "expected an object { … } but found " + value.typeName());
        return Optional.empty();
    }

    String path() {
        return path;
    }

    private JsonNode required(String key) {
        known.add(key);
        JsonNode.Member member = node.members().get(key);
        if (member == null) {
            log.add(file, path, node.position(), "\"" + key + "\" is missing");
            return null;
        }
        return member.value();
    }

    private void wrongType(String key, JsonNode value, String expected) {
        log.add(file, path + "." + key, value.position(),
                "\"" + key + "\" should be " + expected + " but is " + value.typeName());
    }

    /** A required, non-blank text field. */
    String text(String key) {
        JsonNode value = required(key);
        return value == null ? null : textValue(key, value, path + "." + key, true);
    }

    /**
     * A required, non-blank text that describes a situation or a choice rather than giving advice (a quiz prompt, an
     * answer option and its feedback): rules are substituted, but a different number is not reported, since a
     * scenario ("you called three hours after the interview") or a wrong option must be able to state one.
     */
    String scenarioText(String key) {
        JsonNode value = required(key);
        return value == null ? null : textValue(key, value, path + "." + key, false);
    }

    private String textValue(String label, JsonNode value, String at) {
        return textValue(label, value, at, true);
    }

    private String textValue(String label, JsonNode value, String at, boolean checkNumbers) {
        if (!(value instanceof JsonNode.JsonString s)) {
            log.add(file, at, value.position(), "\"" + label + "\" should be text but is " + value.typeName());
            return null;
        }
        if (s.value().isBlank()) {
            log.add(file, at, value.position(), "\"" + label + "\" must not be empty");
            return null;
        }
        if (rules.isEmpty()) {
            return s.value();
        }
        for (String problem : checkNumbers ? rules.misstatements(s.value()) : List.<String>of()) {
            log.add(file, at, value.position(), "the text " + problem);
        }
        return rules.substitute(s.value(), unknown -> log.add(file, at, value.position(),
                "the text uses {rule:" + unknown + "}, but rules.json has no rule \"" + unknown + "\""));
    }

    /** A required time of day written as {@code "HH:MM"} (24-hour clock). */
    LocalTime time(String key) {
        String raw = text(key);
        if (raw == null) {
            return null;
        }
        try {
            if (raw.matches("\\d\\d:\\d\\d")) {
                return LocalTime.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        log.add(file, path + "." + key, "\"" + key + "\" should be a time of day such as \"08:30\" but is \""
                + raw + "\"");
        return null;
    }

    /** An optional, non-blank text field. */
    Optional<String> optionalText(String key) {
        if (!node.members().containsKey(key)) {
            known.add(key);
            return Optional.empty();
        }
        return Optional.ofNullable(text(key));
    }

    /** A required whole number. */
    int integer(String key) {
        JsonNode value = required(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof JsonNode.JsonNumber n && n.isInteger()) {
            try {
                return Integer.parseInt(n.lexeme());
            } catch (NumberFormatException e) {
                log.add(file, path + "." + key, value.position(), "\"" + key + "\" is too large");
                return 0;
            }
        }
        wrongType(key, value, "a whole number");
        return 0;
    }

    /** A required whole number from {@code min} to {@code max}, or null meaning "not given". */
    OptionalInt integerInRangeOrNull(String key, int min, int max) {
        JsonNode value = required(key);
        if (value == null || value instanceof JsonNode.JsonNull) {
            return OptionalInt.empty();
        }
        if (!(value instanceof JsonNode.JsonNumber n) || !n.isInteger()) {
            wrongType(key, value, "a whole number or null");
            return OptionalInt.empty();
        }
        long parsed;
        try {
            parsed = Long.parseLong(n.lexeme());
        } catch (NumberFormatException e) {
            parsed = Long.MAX_VALUE;
        }
        if (parsed < min || parsed > max) {
            log.add(file, path + "." + key, value.position(),
                    "\"" + key + "\" must be from " + min + " to " + max + " but is " + n.lexeme());
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) parsed);
    }

    /** A required true/false field. */
    boolean bool(String key) {
        JsonNode value = required(key);
        if (value instanceof JsonNode.JsonBoolean b) {
            return b.value();
        }
        if (value != null) {
            wrongType(key, value, "true or false");
        }
        return false;
    }

    /** A required text field whose value must be one of {@code choices}; the enum constant is matched by name. */
    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String raw = text(key);
        if (raw == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (jsonName(constant).equals(raw)) {
                return constant;
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> "\"" + jsonName(c) + "\"")
                .collect(Collectors.joining(", "));
        log.add(file, path + "." + key, "\"" + key + "\" must be one of " + allowed + " but is \"" + raw + "\"");
        return null;
    }

    /** How an enum constant is spelt in content files: {@code ONLY_IF_ALREADY_IN_TOUCH} is "only-if-already-in-touch". */
    static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A required list of non-blank texts with at least {@code min} entries. */
    List<String> texts(String key, int min) {
        List<JsonNode> elements = array(key, min);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String at = path + "." + key + "[" + i + "]";
            String text = textValue(key + "[" + i + "]", elements.get(i), at);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** A required list of objects with at least {@code min} entries, each decoded by {@code decode}. */
    <T> List<T> objects(String key, int min, Function<ObjectReader, T> decode) {
        List<JsonNode> elements = array(key, min);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            ObjectReader.of(file, log, elements.get(i), path + "." + key + "[" + i + "]", rules)
                    .map(reader -> reader.finishAfter(decode))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A required nested object decoded by {@code decode}, or null when it is missing or not an object. */
    <T> T object(String key, Function<ObjectReader, T> decode) {
        JsonNode value = required(key);
        if (value == null) {
            return null;
        }
        return ObjectReader.of(file, log, value, path + "." + key, rules).map(r -> r.finishAfter(decode))
                .orElse(null);
    }

    private List<JsonNode> array(String key, int min) {
        JsonNode value = required(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonNode.JsonArray array)) {
            wrongType(key, value, "a list [ … ]");
            return List.of();
        }
        if (array.elements().size() < min) {
            log.add(file, path + "." + key, value.position(), "\"" + key + "\" needs at least " + min
                    + (min == 1 ? " entry" : " entries") + " but has " + array.elements().size());
        }
        return array.elements();
    }

    /** Decodes with {@code decode}, then reports any field the decoder did not ask for. */
    <T> T finishAfter(Function<ObjectReader, T> decode) {
        T result = decode.apply(this);
        for (JsonNode.Member member : node.members().values()) {
            if (!known.contains(member.key())) {
                log.add(file, path, member.keyPosition(), "unknown field \"" + member.key() + "\"; expected "
                        + String.join(", ", Collections.unmodifiableSet(known)));
            }
        }
        return result;
    }
}
