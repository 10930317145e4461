package org.followupcoach.core.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Channel;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Faq;
import org.followupcoach.core.model.Placeholder;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.model.Rule;
import org.followupcoach.core.model.Rules;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Sources;
import org.followupcoach.core.model.TalkingPoint;
import org.followupcoach.core.model.Tip;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.model.Voicemail;
import org.followupcoach.core.model.VoicemailElement;
import org.followupcoach.core.quiz.lint.QuizLint;
import org.followupcoach.core.model.SourceArticle;

/**
 * Checks what a single field cannot show: ids unique and well formed, references that resolve, questions that can
 * be answered, the sections the app relies on. It also runs the quiz lint, whose findings are warnings. Values that
 * failed to decode are null and were reported already.
 */
public final class ContentValidator {

    /** The content format this app reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Sections the app links to by id (planner, cue card, quiz topics), so every pack must have them. */
    public static final List<String> REQUIRED_SECTIONS = List.of("key-takeaways", "hr-preferences", "why-call",
            "when-to-call", "voicemail", "live-call", "best-practices", "thank-you-alternatives", "bottom-line");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern PLACEHOLDER_USE = Pattern.compile("\\{([^{}]*)}");

    private final ContentPack pack;
    private final Set<String> unreadable;
    private final ProblemLog log;

    private ContentValidator(ContentPack pack, Set<String> unreadable, ProblemLog log) {
        this.pack = pack;
        this.unreadable = unreadable;
        this.log = log;
    }

    /** Validates {@code pack}, skipping references into files in {@code unreadable} (they were reported already). */
    public static void validate(ContentPack pack, Set<String> unreadable, ProblemLog log) {
        new ContentValidator(pack, unreadable, log).run();
    }

    private void run() {
        checkManifest();
        checkRules();
        Set<String> sections = ids("guide.json", "$.sections", pack.sections(), Section::id);
        each(pack.sections(), "guide.json", "$.sections", (s, at) -> checkSource("guide.json", at, s.source()));
        Set<String> tips = ids("tips.json", "$.tips", pack.tips(), Tip::id);
        checkRequiredSections(sections);
        References toSection = new References("guide.json", sections, "section");
        References toTip = new References("tips.json", tips, "tip");

        each(pack.tips(), "tips.json", "$.tips", (t, at) -> {
            toSection.check("tips.json", at, t.sectionId());
            checkSource("tips.json", at, t.source());
        });
        ids("channels.json", "$.channels", pack.channels().channels(), Channel::id);
        each(pack.channels().channels(), "channels.json", "$.channels",
                (c, at) -> toSection.check("channels.json", at, c.sectionId()));
        ids("faq.json", "$.faqs", pack.faqs(), Faq::id);
        each(pack.faqs(), "faq.json", "$.faqs", (f, at) -> {
            toSection.check("faq.json", at, f.sectionId());
            checkSource("faq.json", at, f.source());
        });
        checkVoicemail(pack.voicemail());
        ids("live-call.json", "$.talkingPoints", pack.talkingPoints(), TalkingPoint::id);
        checkChecklist(toSection, toTip);
        checkQuiz(toSection);
        RoleplayValidator.check(pack.roleplay(), sections, !unreadable.contains("guide.json"), log);
        HolidayChecks.check(pack.holidays(), log);
    }

    private void checkManifest() {
        if (pack.manifest() != null && pack.manifest().source() != null) {
            ids("manifest.json", "$.source.parts", pack.manifest().source().parts(), SourceArticle.Part::id);
        }
        if (pack.manifest() != null && pack.manifest().schemaVersion() != 0
                && pack.manifest().schemaVersion() != SCHEMA_VERSION) {
            log.add("manifest.json", "$.schemaVersion", "this app reads content schema version " + SCHEMA_VERSION
                    + " but the pack is version " + pack.manifest().schemaVersion());
        }
    }

    /** Article parts a {@code source} may cite; empty when the manifest could not be read (reported already). */
    private Set<String> articleParts() {
        if (pack.manifest() == null || pack.manifest().source() == null) {
            return Set.of();
        }
        return pack.manifest().source().parts().stream().map(SourceArticle.Part::id).filter(id -> id != null)
                .collect(Collectors.toSet());
    }

    private void checkSource(String file, String at, String source) {
        if (source == null || Sources.isCoach(source)) {
            return;
        }
        Set<String> parts = articleParts();
        String part = Sources.articlePart(source).orElse(null);
        if (part != null && (parts.isEmpty() || parts.contains(part))) {
            return;
        }
        String known = parts.stream().sorted().collect(Collectors.joining(", "));
        log.add(file, at + ".source", part == null
                ? "\"source\" must be \"coach\" or \"article:<part>\" but is \"" + source + "\""
                : "\"source\" cites the article part \"" + part + "\", but manifest.json lists no such part in "
                        + "$.source.parts (it has " + known + ")");
    }

    private void checkRules() {
        Rules rules = pack.rules();
        if (unreadable.contains("rules.json") || rules == null) {
            return;
        }
        String file = "rules.json";
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            Rule rule = rules.rules().get(i);
            String at = "$.rules[" + i + "]";
            if (rule.id() != null && !PLACEHOLDER_NAME.matcher(rule.id()).matches()) {
                log.add(file, at + ".id", "rule id \"" + rule.id() + "\" must be a letter followed by letters or "
                        + "digits, such as \"maxCallTries\"");
            } else if (rule.id() != null && seen.putIfAbsent(rule.id(), i) != null) {
                log.add(file, at + ".id", "rule \"" + rule.id() + "\" is defined twice (also at $.rules["
                        + seen.get(rule.id()) + "])");
            }
            if (rule.value() < 1) {
                log.add(file, at + ".value", "\"value\" must be 1 or more but is " + rule.value());
            }
        }
        if (!rules.rules().isEmpty()) {
            for (String required : Rules.REQUIRED) {
                if (!seen.containsKey(required)) {
                    log.add(file, "$.rules", "the rule \"" + required + "\" is missing; the planner relies on it");
                }
            }
        }
        if (rules.earlyStart() != null && rules.earlyEnd() != null && rules.lateStart() != null
                && rules.lateEnd() != null && !(rules.earlyStart().isBefore(rules.earlyEnd())
                && !rules.earlyEnd().isAfter(rules.lateStart()) && rules.lateStart().isBefore(rules.lateEnd()))) {
            log.add(file, "$.callWindows", "the call windows must run in order: earlyStart before earlyEnd, "
                    + "earlyEnd no later than lateStart, lateStart before lateEnd");
        }
    }

    private void checkRequiredSections(Set<String> sections) {
        if (unreadable.contains("guide.json") || pack.sections().isEmpty()) {
            return;
        }
        for (String required : REQUIRED_SECTIONS) {
            if (!sections.contains(required)) {
                log.add("guide.json", "$.sections", "the required section \"" + required + "\" is missing");
            }
        }
    }

    private void checkVoicemail(Voicemail voicemail) {
        if (voicemail == null) {
            return;
        }
        String file = "voicemail.json";
        ids(file, "$.elements", voicemail.elements(), VoicemailElement::id);
        Set<String> names = voicemail.placeholders().stream().map(Placeholder::name)
                .filter(n -> n != null).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < voicemail.placeholders().size(); i++) {
            String name = voicemail.placeholders().get(i).name();
            String at = "$.placeholders[" + i + "].name";
            if (name == null) {
                continue;
            }
            if (!PLACEHOLDER_NAME.matcher(name).matches()) {
                log.add(file, at, "placeholder name \"" + name + "\" must be a letter followed by letters or digits");
            } else if (seen.putIfAbsent(name, i) != null) {
                log.add(file, at, "placeholder \"" + name + "\" is declared twice (also at $.placeholders["
                        + seen.get(name) + "])");
            }
        }
        each(voicemail.elements(), file, "$.elements", (e, at) -> {
            for (int j = 0; j < e.placeholders().size(); j++) {
                String name = e.placeholders().get(j);
                if (!names.contains(name)) {
                    log.add(file, at + ".placeholders[" + j + "]", "placeholder \"" + name
                            + "\" is not declared in \"placeholders\"");
                }
            }
        });
        if (voicemail.script() != null) {
            Matcher m = PLACEHOLDER_USE.matcher(voicemail.script());
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    log.add(file, "$.script", "the script uses {" + m.group(1)
                            + "}, which is not declared in \"placeholders\"");
                }
            }
        }
    }

    private void checkChecklist(References toSection, References toTip) {
        String file = "checklist.json";
        ids(file, "$.phases", pack.checklist(), ChecklistPhase::id);
        Map<String, String> itemIds = new HashMap<>();
        each(pack.checklist(), file, "$.phases", (phase, phaseAt) -> each(phase.items(), file, phaseAt + ".items",
                (item, at) -> {
                    checkId(file, at, item.id());
                    if (item.id() != null) {
                        String previous = itemIds.putIfAbsent(item.id(), at);
                        if (previous != null) {
                            log.add(file, at + ".id", "id \"" + item.id() + "\" is used twice (also at " + previous
                                    + "); checklist item ids must be unique across all phases");
                        }
                    }
                    toSection.check(file, at, item.sectionId());
                    item.tipId().ifPresent(tip -> toTip.check(file, at, tip, "tip"));
                    checkSource(file, at, item.source());
                }));
    }

    private void checkQuiz(References toSection) {
        String file = "quiz.json";
        Set<String> topics = ids(file, "$.topics", pack.quiz().topics(), Topic::id);
        each(pack.quiz().topics(), file, "$.topics", (t, at) -> toSection.check(file, at, t.sectionId()));
        References toTopic = new References(file, topics, "topic");
        ids(file, "$.questions", pack.quiz().questions(), Question::id);
        each(pack.quiz().questions(), file, "$.questions", (q, at) -> {
            toTopic.check(file, at, q.topicId(), "topic");
            toSection.check(file, at, q.sectionId());
            ids(file, at + ".options", q.options(), AnswerOption::id);
            checkAnswers(file, at, q);
            checkSource(file, at, q.source());
        });
        // The lint reads every option's text, so it waits until the file decodes without errors.
        if (!unreadable.contains(file) && !log.hasProblemsIn(file)) {
            QuizLint.findings(pack.quiz()).forEach(f -> log.warn(file, f.jsonPath(), f.message()));
        }
    }

    private void checkAnswers(String file, String at, Question q) {
        long correct = q.options().stream().filter(AnswerOption::correct).count();
        if (correct == 0 && !q.options().isEmpty()) {
            log.add(file, at + ".options", "no option is marked \"correct\": true; a question needs a right answer");
        } else if (q.type() == QuestionType.SINGLE && correct > 1) {
            log.add(file, at + ".options", "a \"single\" question has exactly one correct option but " + correct
                    + " are marked correct; use \"multiple\" or fix the answers");
        } else if (q.type() == QuestionType.TRUE_FALSE && (q.options().size() != 2 || correct != 1)) {
            log.add(file, at + ".options", "a \"true-false\" question has exactly two options, one of them correct");
        }
        if (q.type() == QuestionType.MULTIPLE && correct == q.options().size() && correct > 0) {
            log.add(file, at + ".options", "every option is correct, so the question cannot tell who understood it");
        }
    }

    /** Reports malformed and duplicate ids of a list and returns the set of well-formed ones. */
    private <T> Set<String> ids(String file, String listPath, List<T> items, Function<T, String> id) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            String at = listPath + "[" + i + "]";
            if (value == null || !checkId(file, at, value)) {
                continue;
            }
            Integer previous = seen.putIfAbsent(value, i);
            if (previous != null) {
                log.add(file, at + ".id", "id \"" + value + "\" is used twice (also at " + listPath + "["
                        + previous + "]); ids must be unique");
            }
        }
        return seen.keySet();
    }

    private boolean checkId(String file, String at, String value) {
        if (value == null || ID.matcher(value).matches()) {
            return true;
        }
        log.add(file, at + ".id", "id \"" + value + "\" must be lower-case letters and digits joined by hyphens");
        return false;
    }

    private interface ItemCheck<T> {
        void check(T item, String path);
    }

    private static <T> void each(List<T> items, String file, String listPath, ItemCheck<T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.check(items.get(i), listPath + "[" + i + "]");
        }
    }

    /** Checks references to one kind of thing, unless its file could not be read (that was reported already). */
    private final class References {
        private final String targetFile;
        private final Set<String> targets;
        private final String field;

        References(String targetFile, Set<String> targets, String field) {
            this.targetFile = targetFile;
            this.targets = targets;
            this.field = field;
        }

        void check(String file, String ownerPath, String id) {
            check(file, ownerPath, id, field);
        }

        void check(String file, String ownerPath, String id, String key) {
            if (id == null || unreadable.contains(targetFile) || targets.isEmpty() || targets.contains(id)) {
                return;
            }
            log.add(file, ownerPath + "." + key, "\"" + key + "\" refers to \"" + id + "\", but " + targetFile
                    + " has no " + field + " with that id");
        }
    }
}
