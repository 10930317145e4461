package org.followupcoach.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Where a content pack's files come from: the bundled resources or a folder a coach wrote. */
public interface ContentSource {

    /** A human-readable name for messages, such as the folder path. */
    String describe();

    /** Opens the named file, or returns empty when the pack does not have it. */
    Optional<InputStream> open(String fileName) throws IOException;

    /** The pack bundled inside the application jar. */
    static ContentSource bundled() {
        return new ContentSource() {
            @Override
            public String describe() {
                return "the bundled guidance";
            }

            @Override
            public Optional<InputStream> open(String fileName) {
                return Optional.ofNullable(
                        ContentSource.class.getResourceAsStream("/org/followupcoach/content/" + fileName));
            }
        };
    }

    /** A pack in a folder on disk. */
    static ContentSource folder(Path folder) {
        return new ContentSource() {
            @Override
            public String describe() {
                return folder.toAbsolutePath().toString();
            }

            @Override
            public Optional<InputStream> open(String fileName) throws IOException {
                Path file = folder.resolve(fileName);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
                // Opening a named pipe waits for a writer for ever, and a device never ends: only regular files
                // (or links to one) are read.
                if (!attributes.isRegularFile()) {
                    throw new IOException(file + " is " + (attributes.isDirectory() ? "a folder"
                            : "a special file (a pipe or device)") + ", not a regular file");
                }
                return Optional.of(Files.newInputStream(file));
            }
        };
    }
}
