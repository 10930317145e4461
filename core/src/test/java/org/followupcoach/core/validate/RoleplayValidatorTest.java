package org.followupcoach.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.followupcoach.core.load.PackFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimal pack plus a three-node role-play; each test makes one mistake and expects it reported in place. */
class RoleplayValidatorTest {

    private static final String ROLEPLAY = """
            {
              "scenarios": [
                {
                  "id": "warm",
                  "title": "They answer",
                  "situation": "You call and they pick up.",
                  "start": "hello",
                  "nodes": [
                    {
                      "id": "hello",
                      "line": "Hello?",
                      "choices": [
                        {
                          "id": "introduce",
                          "text": "Say who you are.",
                          "tone": "good",
                          "comment": "Right.",
                          "section": "live-call",
                          "next": "done"
                        }
                      ]
                    },
                    {
                      "id": "done",
                      "line": "Thanks, bye.",
                      "choices": [],
                      "outcome": "A good call."
                    }
                  ]
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    private PackFixture pack() {
        return PackFixture.minimal(dir).write("roleplay.json", ROLEPLAY);
    }

    @Test
    void aWellFormedScenarioLoads() {
        assertThat(pack().problems()).isEmpty();
        assertThat(pack().load().pack().orElseThrow().roleplay()).hasSize(1);
    }

    @Test
    void aPackWithoutRoleplayLoadsWithNoScenarios() {
        assertThat(PackFixture.minimal(dir).load().pack().orElseThrow().roleplay()).isEmpty();
    }

    @Test
    void anUnreachableNodeIsReportedAtTheNode() {
        PackFixture pack = pack().replace("roleplay.json", "\"outcome\": \"A good call.\"\n        }",
                "\"outcome\": \"A good call.\"\n        },\n        {\"id\": \"spare\", \"line\": \"Hm?\", "
                        + "\"choices\": [], \"outcome\": \"Unused.\"}");

        assertThat(pack.problems()).containsExactly("roleplay.json:29:9: $.scenarios[0].nodes[2]: node \"spare\" "
                + "cannot be reached from the start \"hello\"; link to it from a choice or remove it");
    }

    @Test
    void aDanglingLinkIsReportedAtTheLink() {
        PackFixture pack = pack().replace("roleplay.json", "\"next\": \"done\"", "\"next\": \"dnoe\"");

        assertThat(pack.problems()).containsExactly("roleplay.json:19:23: $.scenarios[0].nodes[0].choices[0].next: "
                + "\"next\" refers to \"dnoe\", but the scenario has no node with that id");
    }

    @Test
    void aStartThatIsNoNodeIsReported() {
        PackFixture pack = pack().replace("roleplay.json", "\"start\": \"hello\"", "\"start\": \"hi\"");

        assertThat(pack.problems()).containsExactly("roleplay.json:7:16: $.scenarios[0].start: "
                + "\"start\" refers to \"hi\", but the scenario has no node with that id");
    }

    @Test
    void aSectionThatIsNotInTheGuideIsReported() {
        PackFixture pack = pack().replace("roleplay.json", "\"section\": \"live-call\"",
                "\"section\": \"awkward-moments\"");

        assertThat(pack.problems()).containsExactly("roleplay.json:18:26: $.scenarios[0].nodes[0].choices[0].section: "
                + "\"section\" refers to \"awkward-moments\", but guide.json has no section with that id");
    }

    @Test
    void anEndingWithoutOutcomeIsReported() {
        PackFixture pack = pack().replace("roleplay.json", ",\n          \"outcome\": \"A good call.\"", "");

        assertThat(pack.problems()).containsExactly("roleplay.json:23:9: $.scenarios[0].nodes[1]: "
                + "a node without choices ends the call, so it needs an \"outcome\" saying how it went");
    }

    @Test
    void aLoopWithNoWayOutIsReported() {
        PackFixture pack = pack().replace("roleplay.json", "\"next\": \"done\"", "\"next\": \"hello\"");

        assertThat(pack.problems()).containsExactly(
                "roleplay.json:9:9: $.scenarios[0].nodes[0]: from node \"hello\" no choice leads to an ending, "
                        + "so the call would never finish",
                "roleplay.json:23:9: $.scenarios[0].nodes[1]: node \"done\" cannot be reached from the start "
                        + "\"hello\"; link to it from a choice or remove it");
    }

    @Test
    void anUnknownToneAndAnUnknownFieldAreReported() {
        PackFixture pack = pack().replace("roleplay.json", "\"tone\": \"good\"", "\"tone\": \"great\", \"x\": 1");

        assertThat(pack.problems()).anySatisfy(p -> assertThat(p).contains("$.scenarios[0].nodes[0]"
                + ".choices[0].tone: \"tone\" must be one of \"good\", \"fair\", \"poor\" but is \"great\""))
                .anySatisfy(p -> assertThat(p).contains("unknown field \"x\""));
    }
}
