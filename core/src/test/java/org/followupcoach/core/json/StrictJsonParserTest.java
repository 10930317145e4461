package org.followupcoach.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.util.stream.Stream;
import org.followupcoach.core.json.JsonNode.JsonArray;
import org.followupcoach.core.json.JsonNode.JsonBoolean;
import org.followupcoach.core.json.JsonNode.JsonNull;
import org.followupcoach.core.json.JsonNode.JsonNumber;
import org.followupcoach.core.json.JsonNode.JsonObject;
import org.followupcoach.core.json.JsonNode.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonParserTest {

    // ---- valid documents ----------------------------------------------------------------------------------------

    @Test
    void parsesNestedObjectsArraysAndLiterals() throws JsonSyntaxException {
        JsonNode root = StrictJsonParser.parse("""
                {
                  "name": "Coach",
                  "ok": true,
                  "no": false,
                  "none": null,
                  "nested": {"list": [1, [2, {}], []], "empty": {}}
                }
                """);

        JsonObject object = (JsonObject) root;
        assertThat(object.members().keySet()).containsExactly("name", "ok", "no", "none", "nested");
        assertThat(value(object, "name")).isEqualTo(new JsonString("Coach", new Position(2, 11)));
        assertThat(value(object, "ok")).isEqualTo(new JsonBoolean(true, new Position(3, 9)));
        assertThat(value(object, "no")).isEqualTo(new JsonBoolean(false, new Position(4, 9)));
        assertThat(value(object, "none")).isEqualTo(new JsonNull(new Position(5, 11)));

        JsonObject nested = (JsonObject) value(object, "nested");
        JsonArray list = (JsonArray) value(nested, "list");
        assertThat(list.elements()).hasSize(3);
        assertThat(((JsonNumber) list.elements().get(0)).lexeme()).isEqualTo("1");
        JsonArray inner = (JsonArray) list.elements().get(1);
        assertThat(((JsonNumber) inner.elements().get(0)).lexeme()).isEqualTo("2");
        assertThat(((JsonObject) inner.elements().get(1)).members()).isEmpty();
        assertThat(((JsonArray) list.elements().get(2)).elements()).isEmpty();
        assertThat(((JsonObject) value(nested, "empty")).members()).isEmpty();
    }

    @Test
    void decodesEveryEscapeIncludingUnicodeEscapesAndSurrogatePairs() throws JsonSyntaxException {
        // The JSON text holds every escape of RFC 8259, an escaped e-acute and an escaped surrogate pair.
        JsonNode node = StrictJsonParser.parse(
                "\"q\\\"b\\\\s\\/n\\nt\\tr\\rb\\bf\\fe\\u00E9s\\ud83d\\ude00\"");

        assertThat(((JsonString) node).value()).isEqualTo("q\"b\\s/n\nt\tr\rb\bf\fe\u00e9s\ud83d\ude00");
    }

    @Test
    void keepsNonAsciiTextAsWritten() throws JsonSyntaxException {
        JsonNode node = StrictJsonParser.parse("[\"Caf\u00e9 \u201cquoted\u201d \ud83d\ude00\", \"<b>not markup</b>\"]");

        assertThat(((JsonArray) node).elements()).extracting(e -> ((JsonString) e).value())
                .containsExactly("Caf\u00e9 \u201cquoted\u201d \ud83d\ude00", "<b>not markup</b>");
    }

    @Test
    void keepsNumbersExactlyAsWritten() throws JsonSyntaxException {
        JsonArray numbers = (JsonArray) StrictJsonParser.parse(
                "[0, -0, 42, -7, 12.5, -12.5e-3, 1E+2, 3e7, 0.25, 123456789012345678901234567890]");

        assertThat(numbers.elements()).extracting(n -> ((JsonNumber) n).lexeme()).containsExactly(
                "0", "-0", "42", "-7", "12.5", "-12.5e-3", "1E+2", "3e7", "0.25", "123456789012345678901234567890");
        assertThat(numbers.elements()).extracting(n -> ((JsonNumber) n).isInteger()).containsExactly(
                true, true, true, true, false, false, false, false, false, true);
    }

    @Test
    void everyNodeAndKeyKnowsItsLineAndColumn() throws JsonSyntaxException {
        JsonObject root = (JsonObject) StrictJsonParser.parse("""
                {
                  "a": [
                    1,
                    {"b": "c"}
                  ]
                }
                """);

        assertThat(root.position()).isEqualTo(new Position(1, 1));
        JsonNode.Member a = root.members().get("a");
        assertThat(a.keyPosition()).isEqualTo(new Position(2, 3));
        JsonArray array = (JsonArray) a.value();
        assertThat(array.position()).isEqualTo(new Position(2, 8));
        assertThat(array.elements().get(0).position()).isEqualTo(new Position(3, 5));
        JsonObject inner = (JsonObject) array.elements().get(1);
        assertThat(inner.position()).isEqualTo(new Position(4, 5));
        assertThat(inner.members().get("b").keyPosition()).isEqualTo(new Position(4, 6));
        assertThat(inner.members().get("b").value().position()).isEqualTo(new Position(4, 11));
    }

    @Test
    void windowsLineEndsCountAsOneLineAndAddNoColumns() {
        assertRejected("{\r\n  \"a\": x\r\n}", 2, 8, "expected a value but found 'x'");
    }

    @Test
    void tabsCountAsOneColumn() {
        assertRejected("{\n\t\"a\": x\n}", 2, 7, "expected a value but found 'x'");
    }

    // ---- rejected documents -------------------------------------------------------------------------------------

    @Test
    void trailingCommaInObjectIsReportedAtTheComma() {
        assertRejected("""
                {
                  "a": 1,
                  "b": 2,
                }
                """, 3, 9, "trailing comma before '}'; remove the last comma");
    }

    @Test
    void trailingCommaInArrayIsReportedAtTheComma() {
        assertRejected("""
                {
                  "list": [
                    "x",
                    "y",
                  ]
                }
                """, 4, 8, "trailing comma before ']'; remove the last comma");
    }

    @Test
    void lineCommentIsRejectedWhereItStarts() {
        assertRejected("""
                {
                  // a comment
                  "a": 1
                }
                """, 2, 3, "comments are not allowed in JSON; remove the comment");
    }

    @Test
    void blockCommentIsRejectedWhereItStarts() {
        assertRejected("{\"a\": /* why */ 1}", 1, 7, "comments are not allowed in JSON; remove the comment");
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKeyNamingTheFirst() {
        assertRejected("""
                {
                  "id": "x",
                  "title": "t",
                  "id": "y"
                }
                """, 4, 3, "duplicate field \"id\" (first given at line 2, column 3)");
    }

    @Test
    void duplicateKeyInNestedObjectIsRejected() {
        assertRejected("[{\"a\": 1}, {\"b\": 1, \"b\": 2}]", 1, 21,
                "duplicate field \"b\" (first given at line 1, column 13)");
    }

    @Test
    void singleQuotedFieldNameIsRejected() {
        assertRejected("{'a': 1}", 1, 2, "text must be in double quotes, not single quotes");
    }

    @Test
    void singleQuotedValueIsRejected() {
        assertRejected("{\"a\": 'b'}", 1, 7, "text must be in double quotes, not single quotes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void nanAndInfinityAreRejectedWhereTheyStart(String word) {
        assertRejected("{\"a\": " + word + "}", 1, 7, "NaN and Infinity are not JSON numbers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"007", "-01", "00"})
    void leadingZeroIsRejectedAtTheStartOfTheNumber(String number) {
        assertRejected("{\"a\": " + number + "}", 1, 7, "numbers must not start with a leading zero");
    }

    @Test
    void unterminatedStringAtTheEndOfTheFileIsRejected() {
        assertRejected("{\"a\": \"abc", 1, 11, "the file ends inside a text value; a closing '\"' is missing");
    }

    @Test
    void stringRunningPastTheEndOfTheLineIsRejected() {
        assertRejected("{\"a\": \"abc\n}", 1, 11,
                "a text value runs past the end of the line; a closing '\"' is missing");
    }

    @ParameterizedTest
    @ValueSource(chars = {'\t', '\u0000', '\u0001', '\u001f', '\r'})
    void controlCharacterInsideStringIsRejected(char control) {
        assertRejected("{\"a\": \"x" + control + "y\"}", 1, 9,
                "a control character must be written as an escape such as \\t");
    }

    @Test
    void unknownEscapeIsRejected() {
        assertRejected("{\"a\": \"x\\qy\"}", 1, 10,
                "'\\q' is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"\\u12G4\"]", "[\"\\u12\"]"})
    void unicodeEscapeWithoutFourHexDigitsIsRejected(String json) {
        assertRejected(json, 1, 7, "a \\u escape needs four hexadecimal digits");
    }

    @Test
    void unicodeEscapeCutOffByTheEndOfTheFileIsRejected() {
        assertRejected("\"\\u12", 1, 4, "a \\u escape needs four hexadecimal digits");
    }

    @Test
    void emptyInputIsRejected() {
        assertRejected("", 1, 1, "the file is empty; it should hold one JSON value");
    }

    @Test
    void whitespaceOnlyInputIsRejected() {
        assertRejected("  \n\t \r\n", 3, 1, "the file is empty; it should hold one JSON value");
    }

    @Test
    void trailingGarbageAfterTheValueIsRejected() {
        assertRejected("{\"a\": 1}\n\nx", 3, 1, "unexpected text after the end of the JSON value");
    }

    @Test
    void secondDocumentAfterTheFirstIsRejected() {
        assertRejected("{} {}", 1, 4, "unexpected text after the end of the JSON value");
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int limit = StrictJsonParser.DEFAULT_MAX_DEPTH;
        assertThatCode(() -> StrictJsonParser.parse("[".repeat(limit) + "]".repeat(limit))).doesNotThrowAnyException();
        assertThatCode(() -> StrictJsonParser.parse("{\"a\":".repeat(limit) + "1" + "}".repeat(limit)))
                .doesNotThrowAnyException();
    }

    @Test
    void nestingDeeperThanTheLimitIsRejectedAtTheFirstTooDeepBracket() {
        int limit = StrictJsonParser.DEFAULT_MAX_DEPTH;
        assertRejected("[".repeat(limit + 1) + "]".repeat(limit + 1), 1, 65, "nesting is deeper than 64 levels");
        assertRejected("{\"a\":".repeat(limit + 1) + "1" + "}".repeat(limit + 1), 1, 5 * 64 + 1,
                "nesting is deeper than 64 levels");
    }

    @Test
    void customNestingLimitIsHonoured() {
        JsonSyntaxException e = failure(() -> StrictJsonParser.parse("[[[1]]]", 2));
        assertThat(e.position()).isEqualTo(new Position(1, 3));
        assertThat(e.getMessage()).isEqualTo("nesting is deeper than 2 levels");
    }

    @Test
    void hundredThousandDeepInputGivesAnErrorNotStackOverflow() {
        assertRejected("[".repeat(100_000), 1, 65, "nesting is deeper than 64 levels");
        assertRejected("{\"a\":".repeat(100_000), 1, 321, "nesting is deeper than 64 levels");
        assertRejected("[{\"a\":".repeat(50_000), 1, 6 * 32 + 1, "nesting is deeper than 64 levels");
    }

    static Stream<Arguments> otherMistakes() {
        return Stream.of(
                Arguments.of("{\"a\" 1}", 1, 6, "expected ':' after the field name but found '1'"),
                Arguments.of("{\"a\"", 1, 5, "the file ends where ':' after the field name was expected"),
                Arguments.of("[1 2]", 1, 4, "expected ',' or ']' but found '2'"),
                Arguments.of("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' but found '\"'"),
                Arguments.of("{\"a\": 1", 1, 8, "the file ends inside an object; a '}' is missing"),
                Arguments.of("{\"a\": 1,", 1, 9, "the file ends inside an object; a '}' is missing"),
                Arguments.of("[1, 2", 1, 6, "the file ends inside a list; a ']' is missing"),
                Arguments.of("[1,", 1, 4, "the file ends where a value was expected"),
                Arguments.of("{\"a\":", 1, 6, "the file ends where a value was expected"),
                Arguments.of("{a: 1}", 1, 2, "expected a field name in double quotes but found 'a'"),
                Arguments.of("{,}", 1, 2, "expected a field name in double quotes but found ','"),
                Arguments.of("[,]", 1, 2, "expected a value but found ','"),
                Arguments.of("[tru]", 1, 2, "expected a value but found 't'"),
                Arguments.of("[True]", 1, 2, "expected a value but found 'T'"),
                Arguments.of("+1", 1, 1, "expected a value but found '+'"),
                Arguments.of("[.5]", 1, 2, "expected a value but found '.'"),
                Arguments.of("[1.]", 1, 4, "expected a digit after the decimal point but found ']'"),
                Arguments.of("1.", 1, 3, "the file ends where a digit after the decimal point was expected"),
                Arguments.of("[1e]", 1, 4, "expected a digit in the exponent but found ']'"),
                Arguments.of("[-]", 1, 3, "expected a digit but found ']'"),
                Arguments.of("[\u0001]", 1, 2, "expected a value but found U+0001"),
                Arguments.of("[1] /", 1, 5, "unexpected text after the end of the JSON value"));
    }

    @ParameterizedTest
    @MethodSource("otherMistakes")
    void otherSyntaxMistakesAreReportedWithLineColumnAndMessage(String json, int line, int column, String message) {
        assertRejected(json, line, column, message);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static JsonNode value(JsonObject object, String key) {
        return object.members().get(key).value();
    }

    private static void assertRejected(String json, int line, int column, String message) {
        JsonSyntaxException e = failure(() -> StrictJsonParser.parse(json));
        assertThat(e.position().line() + ":" + e.position().column() + ": " + e.getMessage())
                .as("line:column: message for %s", json.length() > 60 ? json.substring(0, 60) + "…" : json)
                .isEqualTo(line + ":" + column + ": " + message);
    }

    private interface Parse {
        JsonNode run() throws JsonSyntaxException;
    }

    private static JsonSyntaxException failure(Parse parse) {
        try {
            JsonNode node = parse.run();
            return fail("expected a syntax error but parsed " + node);
        } catch (JsonSyntaxException e) {
            return e;
        }
    }
}
