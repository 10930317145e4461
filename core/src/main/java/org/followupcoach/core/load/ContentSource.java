package org.followupcoach.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
                try {
                    return Optional.of(Files.newInputStream(folder.resolve(fileName)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
