package org.followupcoach.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.followupcoach.core.model.ChannelRanking;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Quiz;
import org.followupcoach.core.model.Rules;
import org.followupcoach.core.validate.ContentValidator;
import org.followupcoach.core.validate.ProblemLog;
import org.followupcoach.core.validate.RuleNumbers;

/** Loads a content pack strictly: reads, parses and decodes every file, then validates the whole. */
public final class ContentLoader {

    /** The files a pack consists of. */
    public static final List<String> FILES = List.of("manifest.json", "guide.json", "tips.json", "channels.json",
            "faq.json", "voicemail.json", "live-call.json", "checklist.json", "quiz.json", "rules.json");

    /** Larger than any real pack file (a 10,000-question quiz is a few MB), small enough to refuse a runaway file. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final ContentSource source;
    private final ProblemLog log = new ProblemLog();
    private final Set<String> unreadable = new HashSet<>();
    /** The pack's rules once rules.json is read; every later text has its {rule:<id>} replaced. */
    private RuleNumbers ruleNumbers = RuleNumbers.of(Map.of());

    private ContentLoader(ContentSource source) {
        this.source = source;
    }

    /** Loads the pack bundled with the app. */
    public static ContentLoadResult loadBundled() {
        return load(ContentSource.bundled());
    }

    /** Loads and validates the pack from {@code source}; never throws for bad content. */
    public static ContentLoadResult load(ContentSource source) {
        return new ContentLoader(source).run();
    }

    private ContentLoadResult run() {
        // Rules first: the other files' texts cite them.
        Rules rules = decode("rules.json", PackDecoder::rules, null);
        if (rules != null) {
            ruleNumbers = RuleNumbers.of(rules.byId());
        }
        ContentPack pack = new ContentPack(
                decode("manifest.json", PackDecoder::manifest, null),
                decode("guide.json", PackDecoder::guide, List.of()),
                decode("tips.json", PackDecoder::tips, List.of()),
                decode("channels.json", PackDecoder::channels, new ChannelRanking(null, List.of())),
                decode("faq.json", PackDecoder::faqs, List.of()),
                decode("voicemail.json", PackDecoder::voicemail, null),
                decode("live-call.json", PackDecoder::liveCall, List.of()),
                decode("checklist.json", PackDecoder::checklist, List.of()),
                decode("quiz.json", PackDecoder::quiz, new Quiz(List.of(), List.of())),
                rules == null ? new Rules(List.of(), null, null, null, null) : rules);
        ContentValidator.validate(pack, unreadable, log);
        return log.isEmpty() ? new ContentLoadResult(Optional.of(pack), List.of())
                : new ContentLoadResult(Optional.empty(), log.problems());
    }

    private <T> T decode(String file, Function<ObjectReader, T> decoder, T fallback) {
        Optional<JsonNode> root = parse(file);
        if (root.isEmpty()) {
            unreadable.add(file);
            return fallback;
        }
        log.remember(file, root.get());
        T value = ObjectReader.of(file, log, root.get(), "$", ruleNumbers).map(r -> r.finishAfter(decoder))
                .orElse(null);
        if (value == null) {
            unreadable.add(file);
            return fallback;
        }
        return value;
    }

    private Optional<JsonNode> parse(String file) {
        byte[] bytes;
        try (InputStream in = source.open(file).orElse(null)) {
            if (in == null) {
                log.add(file, "", Position.START, "the file is missing from " + source.describe());
                return Optional.empty();
            }
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            log.add(file, "", Position.START, "the file could not be read: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length > MAX_FILE_BYTES) {
            log.add(file, "", Position.START, "the file is larger than " + (MAX_FILE_BYTES / (1024 * 1024))
                    + " MiB; content files are expected to be far smaller");
            return Optional.empty();
        }
        try {
            return Optional.of(StrictJsonParser.parse(Utf8Text.decode(bytes)));
        } catch (Utf8Text.NotUtf8Exception e) {
            log.add(file, "", e.position(), e.getMessage());
        } catch (JsonSyntaxException e) {
            log.add(file, "", e.position(), e.getMessage());
        }
        return Optional.empty();
    }
}
