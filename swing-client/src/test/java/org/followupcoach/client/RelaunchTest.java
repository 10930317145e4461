package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the runnable jar decides between the fast start in a second JVM and starting in its own, without spawning. */
class RelaunchTest {

    private static final String VM = "17.0.15+6-Debian-1deb12u1";

    @TempDir
    Path dir;
    private Path java;
    private Path jar;
    private Path data;

    @BeforeEach
    void setUp() throws IOException {
        java = Files.createFile(dir.resolve("java"));
        java.toFile().setExecutable(true);
        jar = Files.writeString(dir.resolve("followup-coach.jar"), "not really a jar, but hashed like one");
        data = Files.createDirectory(dir.resolve("data"));
    }

    private Relaunch.Inputs inputs(String... args) {
        return inputs(List.of(java), path -> true, args);
    }

    private Relaunch.Inputs inputs(List<Path> javas, Predicate<Path> writable, String... args) {
        return new Relaunch.Inputs(List.of(args), false, false, "OpenJDK 64-Bit Server VM", 17, VM, javas,
                Optional.of(jar), Optional.of(List.of("-Xmx64m", "-Dfollowupcoach.smoke=report.txt")),
                line -> new DataDirectory(line.orElse(data), DataDirectory.Source.COMMAND_LINE), writable);
    }

    private static String reason(Relaunch.Decision decision) {
        assertThat(decision).isInstanceOf(Relaunch.InProcess.class);
        return ((Relaunch.InProcess) decision).reason();
    }

    private static Relaunch.Child child(Relaunch.Decision decision) {
        assertThat(decision).isInstanceOf(Relaunch.Child.class);
        return (Relaunch.Child) decision;
    }

    /** A stand-in for an archive the JVM wrote: its magic number and the JVM's name in the header. */
    private static byte[] archiveBytes(String vmVersion) {
        byte[] bytes = new byte[16_384];
        byte[] magic = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        byte[] ident = ("OpenJDK 64-Bit Server VM (" + vmVersion + ") for linux-amd64").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(ident, 0, bytes, 100, ident.length);
        return bytes;
    }

    /** Makes the archive as a first relaunch would, and returns the path it is kept at. */
    private Path madeArchive(String vmVersion) throws IOException {
        Relaunch.Child first = child(Relaunch.decide(inputs()));
        Path temporary = first.newArchive().orElseThrow();
        Files.write(temporary, archiveBytes(vmVersion));
        first.cache().finish(temporary, 0);
        return first.cache().archive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--validate-content", "--help", "--bogus"})
    void aCommandOrAMistakeRunsInThisJvmWithNothingToLog(String word) {
        assertThat(reason(Relaunch.decide(inputs(word, "folder")))).isEmpty();
    }

    @Test
    void noRelaunchTurnsItOff() {
        assertThat(reason(Relaunch.decide(inputs("--no-relaunch")))).contains("--no-relaunch");
    }

    @Test
    void theSecondJvmNeverRelaunches() {
        Relaunch.Inputs in = inputs();
        Relaunch.Inputs relaunched = new Relaunch.Inputs(in.args(), true, false, in.vmName(), 17, VM,
                in.javaCandidates(), in.jar(), in.jvmOptions(), in.dataFolder(), in.writable());
        assertThat(Relaunch.decide(relaunched)).isEqualTo(new Relaunch.InProcess(""));
    }

    @Test
    void theFirstRelaunchMakesTheArchiveWithTheImageOptionsAndTheUsersOptionsAfterThem() {
        Relaunch.Child child = child(Relaunch.decide(inputs("--data-dir", data.toString())));

        List<String> command = child.command();
        assertThat(command.get(0)).isEqualTo(java.toString());
        assertThat(command).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-XX:ArchiveClassesAtExit=" + child.newArchive().orElseThrow(), "-Dfollowupcoach.relaunched=true");
        assertThat(child.newArchive().orElseThrow().getParent()).isEqualTo(data.resolve("cache"));
        assertThat(child.cache().archive().getFileName().toString()).endsWith("-" + VM + ".jsa");
        // The user's -Xmx comes later and wins; the app's own arguments come last, after its main class.
        assertThat(command.indexOf("-Xmx64m")).isGreaterThan(command.indexOf("-Xmx256m"));
        assertThat(command.subList(command.size() - 5, command.size()))
                .containsExactly("-cp", jar.toString(), Relaunch.APP_MAIN, "--data-dir", data.toString());
    }

    @Test
    void laterStartsUseTheArchive() throws IOException {
        Path archive = madeArchive(VM);

        Relaunch.Child later = child(Relaunch.decide(inputs()));

        assertThat(later.newArchive()).isEmpty();
        assertThat(later.command()).contains("-Xshare:auto", "-XX:SharedArchiveFile=" + archive);
        assertThat(later.status()).contains("relaunched with the archive");
    }

    @Test
    void aTruncatedArchiveIsNotUsedButMadeAgainAndTheLogSaysWhy() throws IOException {
        Path archive = madeArchive(VM);
        byte[] whole = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, Arrays.copyOf(whole, 5000));

        Relaunch.Child child = child(Relaunch.decide(inputs()));

        assertThat(child.command()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(child.newArchive()).isPresent();
        assertThat(child.status()).contains("truncated");
        assertThat(archive).doesNotExist();
    }

    @Test
    void anArchiveOfAnotherJvmVersionIsNotUsedButMadeAgain() throws IOException {
        Path archive = madeArchive("17.0.2+8");

        Relaunch.Child child = child(Relaunch.decide(inputs()));

        assertThat(child.command()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(child.status()).contains("another JVM");
        assertThat(archive).doesNotExist();
    }

    @Test
    void anArchiveWhoseRecordNamesAnotherJvmIsNotUsed() throws IOException {
        Path archive = madeArchive(VM);
        Path record = archive.resolveSibling(archive.getFileName() + ".ok");
        Files.writeString(record, Files.readString(record).replace("jvm=" + VM, "jvm=11.0.2"));

        assertThat(child(Relaunch.decide(inputs())).status()).contains("made by another JVM (jvm=11.0.2)");
    }

    @Test
    void aReadOnlyDataFolderStartsInThisJvm() {
        assertThat(reason(Relaunch.decide(inputs(List.of(java), path -> false)))).contains("cannot be written");
    }

    @Test
    void aCacheThatCannotBeMadeStartsInThisJvm() throws IOException {
        Files.writeString(data.resolve("cache"), "a file where the folder should be");

        assertThat(reason(Relaunch.decide(inputs()))).contains("cannot be written");
    }

    @Test
    void noJavaBesideTheRunningJvmStartsInThisJvm() {
        Path missing = dir.resolve("jre").resolve("bin").resolve("java");

        assertThat(reason(Relaunch.decide(inputs(List.of(missing), path -> true)))).contains("no java program found")
                .contains(missing.toString());
    }

    @Test
    void anUnknownJvmStartsInThisJvm() {
        Relaunch.Inputs in = inputs();
        Relaunch.Inputs openJ9 = new Relaunch.Inputs(in.args(), false, false, "Eclipse OpenJ9 VM", 17, "openj9-0.40",
                in.javaCandidates(), in.jar(), in.jvmOptions(), in.dataFolder(), in.writable());

        assertThat(reason(Relaunch.decide(openJ9))).contains("Eclipse OpenJ9 VM");
    }

    @Test
    void aMissingDataFolderIsLeftToTheAppToMake() {
        Path none = dir.resolve("not-yet");

        assertThat(reason(Relaunch.decide(inputs("--data-dir", none.toString())))).contains("does not exist yet");
        assertThat(none).doesNotExist();
    }

    @Test
    void whenMakingTheArchiveFailedTheAppRelaunchesWithoutOne() {
        Relaunch.Child first = child(Relaunch.decide(inputs()));
        first.cache().finish(first.newArchive().orElseThrow(), 0);

        Relaunch.Child next = child(Relaunch.decide(inputs()));

        assertThat(next.command())
                .noneMatch(a -> a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit"));
        assertThat(next.status()).contains("failed before");
    }

    @Test
    void aChildThatCrashedBeforeWritingTheArchiveMayTryAgain() {
        Relaunch.Child first = child(Relaunch.decide(inputs()));
        first.cache().finish(first.newArchive().orElseThrow(), 134);

        assertThat(child(Relaunch.decide(inputs())).newArchive()).isPresent();
    }

    @Test
    void aNewArchiveReplacesThoseOfOlderJarsAndJvms() throws IOException {
        Path old = Files.writeString(Files.createDirectories(data.resolve("cache"))
                .resolve("followup-coach-00000000-17.0.1.jsa"), "old");

        Path archive = madeArchive(VM);

        assertThat(old).doesNotExist();
        assertThat(archive).exists();
        assertThat(Files.size(archive)).isLessThan(40_000_000);
    }

    @Test
    void notFromTheJarStartsInThisJvm() {
        Relaunch.Inputs in = inputs();
        Relaunch.Inputs classes = new Relaunch.Inputs(in.args(), false, false, in.vmName(), 17, VM,
                in.javaCandidates(), Optional.empty(), in.jvmOptions(), in.dataFolder(), in.writable());

        assertThat(reason(Relaunch.decide(classes))).contains("not started from the jar");
    }

    @Test
    void theJvmOptionsAreWhatComesBeforeTheJarOrTheMainClassWithoutTheClassPath() {
        assertThat(Relaunch.jvmOptions(List.of("-Xmx64m", "-Da=b c", "-jar", "app.jar", "--data-dir", "d")))
                .contains(List.of("-Xmx64m", "-Da=b c"));
        assertThat(Relaunch.jvmOptions(List.of("-cp", "app.jar", "-Dx=1", Launcher.class.getName())))
                .contains(List.of("-Dx=1"));
        assertThat(Relaunch.jvmOptions(List.of("-m", "some/Main"))).isEmpty();
    }
}
