package org.followupcoach.core.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoleplaySessionTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();

    static Stream<RoleplayScenario> scenarios() {
        return PACK.roleplay().stream();
    }

    @Test
    void theBundledPackHasTheSixPracticeCalls() {
        assertThat(PACK.roleplay()).extracting(RoleplayScenario::id).containsExactly("voicemail-greeting",
                "receptionist", "interviewer-warm", "interviewer-hurried", "bad-news", "salary-question");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyEndingOfEveryScenarioCanBeReachedByPlaying(RoleplayScenario scenario) {
        Set<String> reached = new HashSet<>();
        walk(scenario, new ArrayList<>(), reached);

        assertThat(reached).containsExactlyInAnyOrderElementsOf(
                scenario.endings().stream().map(RoleplayNode::id).toList());
        assertThat(scenario.endings()).allSatisfy(e -> assertThat(e.outcome()).isPresent());
    }

    /** Plays every path from the start by replaying the choices so far in a fresh session, as a user would. */
    private static void walk(RoleplayScenario scenario, List<String> path, Set<String> reached) {
        RoleplaySession session = new RoleplaySession(scenario);
        path.forEach(session::choose);
        if (session.finished()) {
            reached.add(session.current().id());
            assertThat(session.outcome()).isPresent();
            assertThat(session.turns()).hasSize(path.size());
            return;
        }
        assertThat(path.size()).as("a path through %s this long must be a loop", scenario.id())
                .isLessThan(scenario.nodes().size());
        for (RoleplayChoice choice : session.current().choices()) {
            List<String> next = new ArrayList<>(path);
            next.add(choice.id());
            walk(scenario, next, reached);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theBestRepliesLeadToAnEndingAndEveryReplyHasACommentAndAGuideLink(RoleplayScenario scenario) {
        RoleplaySession session = new RoleplaySession(scenario);
        while (!session.finished()) {
            RoleplayChoice best = session.current().choices().stream()
                    .filter(c -> c.tone() == org.followupcoach.core.roleplay.ChoiceTone.GOOD).findFirst()
                    .orElse(session.current().choices().get(0));
            session.choose(best.id());
        }
        assertThat(session.goodReplies()).isEqualTo(session.turns().size());
        assertThat(scenario.nodes()).flatMap(RoleplayNode::choices).allSatisfy(c -> {
            assertThat(c.comment()).isNotBlank();
            assertThat(PACK.section(c.sectionId())).isPresent();
        });
    }

    @Test
    void undoTakesBackTheLastReplyAndRestartGoesToTheTop() {
        RoleplayScenario warm = PACK.roleplay().stream().filter(s -> s.id().equals("interviewer-warm")).findFirst()
                .orElseThrow();
        RoleplaySession session = new RoleplaySession(warm);
        String first = session.current().id();
        RoleplaySession.Turn turn = session.choose("its-me", "  Hey, it's me  ");

        assertThat(turn.ownWords()).contains("Hey, it's me");
        assertThat(turn.reply().comment()).isNotBlank();
        assertThat(session.current().id()).isEqualTo("who-is-this");

        session.undo();
        assertThat(session.current().id()).isEqualTo(first);
        assertThat(session.turns()).isEmpty();

        session.choose("introduce");
        session.restart();
        assertThat(session.current().id()).isEqualTo(first);
        assertThat(session.turns()).isEmpty();
    }
}
