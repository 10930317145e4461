package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: help is help, and a wrong folder is refused in one sentence before any window. */
class CommandLineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpPrintsUsageAndEndsNormally(String option) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CoachApp.main(new String[] {option});
        } finally {
            System.setOut(before);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage:").contains("--data-dir DIR")
                .contains("--version").contains("--help");
    }

    @Test
    void aDataDirThatIsAFileIsRefusedInOneSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("progress.json"), "{}");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--data-dir", file.toString()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a file, not a folder")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDataDirThatDoesNotExistYetIsAccepted() {
        Path fresh = dir.resolve("new-folder");
        assertThat(CommandLine.parse(new String[] {"--data-dir", fresh.toString()}).dataDir()).contains(fresh);
    }

    @Test
    void aMissingContentFolderIsOneSentenceNotAListOfMissingFiles() {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--content", missing.toString()}))
                .hasMessage("--content " + missing + " does not exist: give the folder that holds manifest.json,"
                        + " guide.json and the rest.");
    }

    @Test
    void anUnknownOptionPointsToHelp() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--dat-dir", "x"}))
                .hasMessage("Unknown option --dat-dir: --help lists the options.");
    }
}
