package org.followupcoach.core.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.followupcoach.core.roleplay.RoleplayChoice;
import org.followupcoach.core.roleplay.RoleplayNode;
import org.followupcoach.core.roleplay.RoleplayScenario;

/**
 * Checks {@code roleplay.json} as a set of small graphs: every link lands on a node, every node can be reached from
 * the start, every node can still reach an ending, and only endings carry an outcome. A practice call that strands
 * the caller on a turn with no way out would teach nothing.
 */
final class RoleplayValidator {

    private static final String FILE = "roleplay.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ProblemLog log;
    private final Set<String> sections;
    private final boolean sectionsKnown;

    private RoleplayValidator(ProblemLog log, Set<String> sections, boolean sectionsKnown) {
        this.log = log;
        this.sections = sections;
        this.sectionsKnown = sectionsKnown;
    }

    /** Checks {@code scenarios}; section links are checked only when {@code sectionsKnown} (guide.json was read). */
    static void check(List<RoleplayScenario> scenarios, Set<String> sections, boolean sectionsKnown, ProblemLog log) {
        new RoleplayValidator(log, sections, sectionsKnown).run(scenarios);
    }

    private void run(List<RoleplayScenario> scenarios) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            RoleplayScenario s = scenarios.get(i);
            String at = "$.scenarios[" + i + "]";
            unique(ids, s.id(), at, "$.scenarios");
            scenario(s, at);
        }
    }

    private void scenario(RoleplayScenario s, String at) {
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < s.nodes().size(); n++) {
            unique(nodeIndex, s.nodes().get(n).id(), at + ".nodes[" + n + "]", at + ".nodes");
        }
        boolean startKnown = s.startId() != null && nodeIndex.containsKey(s.startId());
        if (s.startId() != null && !startKnown) {
            log.add(FILE, at + ".start", "\"start\" refers to \"" + s.startId() + "\", but the scenario has no node "
                    + "with that id");
        }
        boolean linksResolve = true;
        for (int n = 0; n < s.nodes().size(); n++) {
            linksResolve &= node(s.nodes().get(n), at + ".nodes[" + n + "]", nodeIndex);
        }
        // A broken link would also make nodes look unreachable or endless; report the cause once, not its echoes.
        if (startKnown && linksResolve) {
            reachability(s, at, nodeIndex);
        }
    }

    /** Checks one node and returns whether all its links resolve. */
    private boolean node(RoleplayNode node, String at, Map<String, Integer> nodeIndex) {
        boolean linksResolve = true;
        if (node.isEnding() && node.outcome().isEmpty()) {
            log.add(FILE, at, "a node without choices ends the call, so it needs an \"outcome\" saying how it went");
        } else if (!node.isEnding() && node.outcome().isPresent()) {
            log.add(FILE, at + ".outcome", "only an ending (a node without choices) has an \"outcome\"");
        }
        Map<String, Integer> choiceIds = new HashMap<>();
        for (int c = 0; c < node.choices().size(); c++) {
            RoleplayChoice choice = node.choices().get(c);
            String choiceAt = at + ".choices[" + c + "]";
            unique(choiceIds, choice.id(), choiceAt, at + ".choices");
            if (choice.nextId() == null) {
                linksResolve = false;
            } else if (!nodeIndex.containsKey(choice.nextId())) {
                linksResolve = false;
                log.add(FILE, choiceAt + ".next", "\"next\" refers to \"" + choice.nextId()
                        + "\", but the scenario has no node with that id");
            }
            if (choice.sectionId() != null && sectionsKnown && !sections.isEmpty()
                    && !sections.contains(choice.sectionId())) {
                log.add(FILE, choiceAt + ".section", "\"section\" refers to \"" + choice.sectionId()
                        + "\", but guide.json has no section with that id");
            }
        }
        return linksResolve;
    }

    private void reachability(RoleplayScenario s, String at, Map<String, Integer> nodeIndex) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(s.startId()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) {
                s.node(id).ifPresent(n -> n.choices().stream().map(RoleplayChoice::nextId)
                        .filter(nodeIndex::containsKey).forEach(todo::push));
            }
        }
        Set<String> canEnd = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (RoleplayNode n : s.nodes()) {
                if (n.id() != null && !canEnd.contains(n.id())
                        && (n.isEnding() || n.choices().stream().anyMatch(c -> canEnd.contains(c.nextId())))) {
                    grew |= canEnd.add(n.id());
                }
            }
        }
        for (int n = 0; n < s.nodes().size(); n++) {
            String id = s.nodes().get(n).id();
            if (id == null) {
                continue;
            }
            if (!reached.contains(id)) {
                log.add(FILE, at + ".nodes[" + n + "]", "node \"" + id + "\" cannot be reached from the start \""
                        + s.startId() + "\"; link to it from a choice or remove it");
            } else if (!canEnd.contains(id)) {
                log.add(FILE, at + ".nodes[" + n + "]", "from node \"" + id + "\" no choice leads to an ending, so "
                        + "the call would never finish");
            }
        }
    }

    private void unique(Map<String, Integer> seen, String id, String at, String listPath) {
        if (id == null) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            log.add(FILE, at + ".id", "id \"" + id + "\" must be lower-case letters and digits joined by hyphens");
            return;
        }
        Integer previous = seen.putIfAbsent(id, seen.size());
        if (previous != null) {
            log.add(FILE, at + ".id", "id \"" + id + "\" is used twice in " + listPath + "; ids must be unique");
        }
    }
}
