package org.followupcoach.core.load;

import java.time.DayOfWeek;
import java.util.List;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Channel;
import org.followupcoach.core.model.ChannelRanking;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;
import org.followupcoach.core.model.holidays.CountryHolidays;
import org.followupcoach.core.model.Faq;
import org.followupcoach.core.model.holidays.HolidayRule;
import org.followupcoach.core.model.Manifest;
import org.followupcoach.core.model.Placeholder;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.model.Quiz;
import org.followupcoach.core.model.Rule;
import org.followupcoach.core.model.Rules;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.SourceArticle;
import org.followupcoach.core.model.Survey;
import org.followupcoach.core.model.TalkingPoint;
import org.followupcoach.core.model.Tip;
import org.followupcoach.core.model.TipKind;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.model.Verdict;
import org.followupcoach.core.model.Voicemail;
import org.followupcoach.core.model.VoicemailElement;
import org.followupcoach.core.roleplay.ChoiceTone;
import org.followupcoach.core.roleplay.RoleplayChoice;
import org.followupcoach.core.roleplay.RoleplayNode;
import org.followupcoach.core.roleplay.RoleplayScenario;

/** Turns each content file's JSON tree into records; the field lists here are the format documented for authors. */
final class PackDecoder {

    private PackDecoder() {
    }

    static Manifest manifest(ObjectReader r) {
        return new Manifest(r.integer("schemaVersion"), r.text("contentVersion"), r.text("language"), r.text("title"),
                r.object("source", s -> new SourceArticle(s.text("title"), s.text("publisher"), s.text("author"),
                        s.text("note"),
                        s.objects("parts", 1, p -> new SourceArticle.Part(p.text("id"), p.text("heading"))))));
    }

    static Rules rules(ObjectReader r) {
        List<Rule> rules = r.objects("rules", 1, rule -> new Rule(rule.text("id"), rule.integer("value"),
                rule.texts("units", 0), rule.text("meaning")));
        return r.object("callWindows", w -> new Rules(rules, w.time("earlyStart"), w.time("earlyEnd"),
                w.time("lateStart"), w.time("lateEnd")));
    }

    static List<Section> guide(ObjectReader r) {
        return r.objects("sections", 1, s -> new Section(s.text("id"), s.text("title"), s.text("summary"),
                s.texts("body", 1), s.text("source")));
    }

    static List<Tip> tips(ObjectReader r) {
        return r.objects("tips", 1, t -> new Tip(t.text("id"), t.choice("kind", TipKind.class), t.text("title"),
                t.text("reason"), t.text("section"), t.text("source")));
    }

    static ChannelRanking channels(ObjectReader r) {
        Survey survey = r.object("survey", s -> new Survey(s.text("organisation"), s.text("question"),
                s.text("note")));
        List<Channel> channels = r.objects("channels", 1, c -> new Channel(c.text("id"), c.text("name"),
                c.integerInRangeOrNull("percent", 0, 100), c.choice("verdict", Verdict.class), c.text("advice"),
                c.text("section")));
        return new ChannelRanking(survey, channels);
    }

    static List<Faq> faqs(ObjectReader r) {
        return r.objects("faqs", 1, f -> new Faq(f.text("id"), f.text("question"), f.text("answer"),
                f.text("section"), f.text("source")));
    }

    static Voicemail voicemail(ObjectReader r) {
        List<VoicemailElement> elements = r.objects("elements", 1, e -> new VoicemailElement(e.text("id"),
                e.text("label"), e.text("description"), e.texts("placeholders", 0)));
        List<Placeholder> placeholders = r.objects("placeholders", 0, p -> new Placeholder(p.text("name"),
                p.text("label"), p.text("example")));
        return new Voicemail(elements, placeholders, r.text("script"));
    }

    static List<TalkingPoint> liveCall(ObjectReader r) {
        return r.objects("talkingPoints", 1, t -> new TalkingPoint(t.text("id"), t.text("title"), t.text("detail")));
    }

    static List<ChecklistPhase> checklist(ObjectReader r) {
        return r.objects("phases", 1, p -> new ChecklistPhase(p.text("id"), p.text("title"),
                p.objects("items", 1, i -> new ChecklistItem(i.text("id"), i.text("text"), i.text("section"),
                        i.optionalText("tip"), i.text("source")))));
    }

    static Quiz quiz(ObjectReader r) {
        List<Topic> topics = r.objects("topics", 1, t -> new Topic(t.text("id"), t.text("title"),
                t.text("section")));
        List<Question> questions = r.objects("questions", 1, q -> new Question(q.text("id"),
                q.choice("type", QuestionType.class), q.text("topic"), q.text("section"), q.scenarioText("prompt"),
                q.objects("options", 2, o -> new AnswerOption(o.text("id"), o.scenarioText("text"),
                        o.bool("correct"), o.scenarioText("feedback"))),
                q.text("explanation"), q.text("source")));
        return new Quiz(topics, questions);
    }

    static List<RoleplayScenario> roleplay(ObjectReader r) {
        return r.objects("scenarios", 1, s -> new RoleplayScenario(s.text("id"), s.text("title"),
                s.text("situation"), s.text("start"),
                s.objects("nodes", 1, n -> new RoleplayNode(n.text("id"), n.text("line"),
                        n.objects("choices", 0, c -> new RoleplayChoice(c.text("id"), c.text("text"),
                                c.choice("tone", ChoiceTone.class), c.text("comment"), c.text("section"),
                                c.text("next"))),
                        n.optionalText("outcome")))));
    }

    static List<CountryHolidays> holidays(ObjectReader r) {
        return r.objects("countries", 1, c -> new CountryHolidays(c.text("code"), c.text("name"), c.text("scope"),
                c.objects("holidays", 1, PackDecoder::holiday)));
    }

    /** Reads only the fields the rule's kind uses, so a field that belongs to another kind is reported as unknown. */
    private static HolidayRule holiday(ObjectReader h) {
        String id = h.text("id");
        String name = h.text("name");
        HolidayRule.Kind kind = h.choice("rule", HolidayRule.Kind.class);
        int month = 0;
        int day = 0;
        DayOfWeek weekday = null;
        int nth = 0;
        int offset = 0;
        List<String> dates = List.of();
        if (kind != null) {
            switch (kind) {
                case FIXED -> {
                    month = h.integer("month");
                    day = h.integer("day");
                }
                case EASTER -> offset = h.integer("offset");
                case NTH_WEEKDAY -> {
                    month = h.integer("month");
                    weekday = h.choice("weekday", DayOfWeek.class);
                    nth = h.integer("nth");
                }
                case WEEKDAY_ON_OR_AFTER -> {
                    month = h.integer("month");
                    day = h.integer("day");
                    weekday = h.choice("weekday", DayOfWeek.class);
                }
                case DATES -> dates = h.texts("dates", 1);
            }
        }
        HolidayRule.Substitute substitute = h.optionalChoice("substitute", HolidayRule.Substitute.class,
                HolidayRule.Substitute.NONE);
        return new HolidayRule(id, name, kind, month, day, weekday, nth, offset, dates, substitute,
                h.optionalInteger("fromYear"), h.optionalInteger("untilYear"));
    }
}
