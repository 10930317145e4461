package org.followupcoach.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.followupcoach.core.model.holidays.CountryHolidays;
import org.followupcoach.core.roleplay.RoleplayScenario;

/** All guidance of one content pack, loaded and immutable. */
public record ContentPack(Manifest manifest, List<Section> sections, List<Tip> tips, ChannelRanking channels,
                          List<Faq> faqs, Voicemail voicemail, List<TalkingPoint> talkingPoints,
                          List<ChecklistPhase> checklist, Quiz quiz, List<RoleplayScenario> roleplay,
                          List<CountryHolidays> holidays, Rules rules) {
    public ContentPack {
        roleplay = roleplay == null ? List.of() : List.copyOf(roleplay);
        sections = List.copyOf(sections);
        tips = List.copyOf(tips);
        faqs = List.copyOf(faqs);
        talkingPoints = List.copyOf(talkingPoints);
        checklist = List.copyOf(checklist);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** A pack without role-play scenarios and holiday table (plans then skip weekends only), with given rules. */
    public ContentPack(Manifest manifest, List<Section> sections, List<Tip> tips, ChannelRanking channels,
                       List<Faq> faqs, Voicemail voicemail, List<TalkingPoint> talkingPoints,
                       List<ChecklistPhase> checklist, Quiz quiz, Rules rules) {
        this(manifest, sections, tips, channels, faqs, voicemail, talkingPoints, checklist, quiz, List.of(),
                List.of(), rules);
    }

    /** A pack with the standard rules and without role-play scenarios and holiday table. */
    public ContentPack(Manifest manifest, List<Section> sections, List<Tip> tips, ChannelRanking channels,
                       List<Faq> faqs, Voicemail voicemail, List<TalkingPoint> talkingPoints,
                       List<ChecklistPhase> checklist, Quiz quiz) {
        this(manifest, sections, tips, channels, faqs, voicemail, talkingPoints, checklist, quiz, Rules.STANDARD);
    }

    /** The section with this id, if any. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * What a {@code source} value points at: the article part with its heading, or empty for the coach's advice (and
     * for a value the validator already refused).
     */
    public Optional<SourceArticle.Part> articlePart(String source) {
        return Sources.articlePart(source).flatMap(id -> manifest.source().part(id));
    }

    /** Every checklist item across all phases, in order. */
    public List<ChecklistItem> checklistItems() {
        return checklist.stream().flatMap(p -> p.items().stream()).toList();
    }

    /** The quiz topics by id, in content order. */
    public Map<String, Topic> topicsById() {
        return quiz.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
