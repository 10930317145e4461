package org.followupcoach.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.json.JsonSyntaxException;
import org.followupcoach.core.json.StrictJsonParser;
import org.followupcoach.core.store.ProgressJson;

/**
 * Fuzzes the two decoders that read files a user or coach can hand us. Under the normal test command Jazzer runs the
 * seed inputs in {@code src/test/resources/.../DecoderFuzzTestInputs} as regression tests; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see README). Any exception other than the documented "this is not valid" ones is a finding.
 */
class DecoderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void strictParserOnlyEverRejectsWithAPosition(byte[] input) {
        try {
            StrictJsonParser.parse(new String(input, StandardCharsets.UTF_8));
        } catch (JsonSyntaxException e) {
            assertThat(e.position().line()).isPositive();
            assertThat(e.position().column()).isPositive();
        }
    }

    @FuzzTest(maxDuration = "10m")
    void contentLoaderReportsProblemsInsteadOfThrowing(byte[] input) {
        // The fuzz input replaces the quiz file of the bundled pack; every other file stays valid.
        ContentSource bundled = ContentSource.bundled();
        ContentSource fuzzed = new ContentSource() {
            @Override
            public String describe() {
                return "fuzz";
            }

            @Override
            public Optional<InputStream> open(String fileName) throws java.io.IOException {
                return fileName.equals("quiz.json") ? Optional.of(new ByteArrayInputStream(input))
                        : bundled.open(fileName);
            }
        };
        ContentLoadResult result = ContentLoader.load(fuzzed);
        assertThat(result.isValid() || !result.problems().isEmpty()).isTrue();
    }

    @FuzzTest(maxDuration = "10m")
    void progressDecoderOnlyEverRejectsAsUnreadableOrNewer(byte[] input) {
        try {
            ProgressJson.decode(new String(input, StandardCharsets.UTF_8));
        } catch (ProgressJson.UnreadableProgressException | ProgressJson.NewerVersionException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
