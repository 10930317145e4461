package org.followupcoach.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The AppCDS archive the runnable jar's fast start keeps in {@code <data folder>/cache}: one file per jar and JVM
 * ({@code <jar-hash>-<jvm-version>.jsa}) and beside it a small {@code .ok} file saying what it was made from. Java 17
 * crashes on a truncated archive instead of ignoring it, so an archive is used only when that record matches it.
 */
final class ArchiveCache {

    /** The first bytes of a dynamic (top-layer) CDS archive on a little-endian machine: 0xf00baba8. */
    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
    /** The JVM writes its identification (name and version) into the archive's header, well within this. */
    private static final int HEADER_BYTES = 4096;

    private final Path folder;
    private final String vmVersion;
    private final Path archive;
    private final Path record;
    private final Path failed;
    private final long jarModified;

    private ArchiveCache(Path folder, String jarHash, long jarModified, String vmVersion) {
        this.folder = folder;
        this.vmVersion = vmVersion;
        this.jarModified = jarModified;
        String name = "followup-coach-" + jarHash + "-" + vmVersion.replaceAll("[^A-Za-z0-9._+-]", "_");
        this.archive = folder.resolve(name + ".jsa");
        this.record = folder.resolve(name + ".jsa.ok");
        this.failed = folder.resolve(name + ".jsa.failed");
    }

    /** The cache for this jar and JVM in {@code folder}; reads the jar once to hash it. */
    static ArchiveCache of(Path folder, Path jar, String vmVersion) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[256 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        String hash = String.format(Locale.ROOT, "%08x", crc.getValue());
        return new ArchiveCache(folder, hash, Files.getLastModifiedTime(jar).toMillis(), vmVersion);
    }

    /** Where the archive for this jar and JVM lives. */
    Path archive() {
        return archive;
    }

    /** Whether making the archive failed before, for this jar and JVM: then the app runs without one. */
    boolean failedBefore() {
        return Files.exists(failed);
    }

    /**
     * What is wrong with the archive, or empty when it can be used. A missing archive is reported as "none yet";
     * anything else means it is broken and should be replaced.
     */
    Optional<String> problem() {
        if (!Files.exists(archive)) {
            return Optional.of("none yet");
        }
        try {
            String[] fields = Files.readString(record, StandardCharsets.UTF_8).strip().split("\n");
            long size = Files.size(archive);
            if (fields.length != 3 || !fields[0].equals("size=" + size)) {
                return Optional.of("truncated or changed (" + size + " bytes, its record says "
                        + (fields.length > 0 ? fields[0] : "nothing") + ")");
            }
            if (!fields[1].equals("jvm=" + vmVersion)) {
                return Optional.of("made by another JVM (" + fields[1] + ")");
            }
            if (!fields[2].equals("jar-modified=" + jarModified)) {
                return Optional.of("made for another copy of the jar");
            }
            byte[] header = new byte[HEADER_BYTES];
            int n;
            try (InputStream in = Files.newInputStream(archive)) {
                n = in.readNBytes(header, 0, header.length);
            }
            for (int i = 0; i < MAGIC.length; i++) {
                if (n < MAGIC.length || header[i] != MAGIC[i]) {
                    return Optional.of("not a CDS archive");
                }
            }
            // ISO-8859-1 maps every byte to one char, so the ASCII version string is found where it is.
            if (!new String(header, 0, n, StandardCharsets.ISO_8859_1).contains("(" + vmVersion + ")")) {
                return Optional.of("made by another JVM (its header names another version)");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("unreadable (" + e + ")");
        }
    }

    /** Removes a broken archive and its record, so a new one can be made. */
    void discard() throws IOException {
        Files.deleteIfExists(record);
        Files.deleteIfExists(archive);
    }

    /** A fresh file name for the JVM to dump a new archive into; it becomes the archive in {@link #finish}. */
    Path newTemporary() {
        return folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /**
     * After the child JVM that was asked to dump into {@code temporary} has ended: keeps the archive when it was
     * written completely, and forgets archives of older jars and JVMs. A child that ended normally without an archive
     * is remembered, so the next starts do not try again; one that crashed or was killed may try again.
     */
    void finish(Path temporary, int exitCode) {
        try {
            boolean made = Files.isRegularFile(temporary) && Files.size(temporary) > HEADER_BYTES;
            if (!made) {
                Files.deleteIfExists(temporary);
                if (exitCode == 0) {
                    Files.writeString(failed, "the JVM ended normally but wrote no archive\n", StandardCharsets.UTF_8);
                }
                return;
            }
            Files.writeString(record, "size=" + Files.size(temporary) + "\njvm=" + vmVersion + "\njar-modified="
                    + jarModified + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOthers();
        } catch (IOException | RuntimeException e) {
            // The cache is only an optimisation: without an archive the next start makes one again.
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Left for the next successful run to remove.
            }
        }
    }

    /** Archives of other jars or JVMs, and leftovers of interrupted runs: never used again, 20-30 MB each. */
    private void removeOthers() throws IOException {
        String ours = archive.getFileName().toString();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "followup-coach-*.jsa*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.equals(ours) && !name.equals(record.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
