package org.followupcoach.core.roleplay;

import java.util.List;
import java.util.Optional;

/** One practice call in which the app plays the other side: the set-up, where it starts, and every turn it can take. */
public record RoleplayScenario(String id, String title, String situation, String startId, List<RoleplayNode> nodes) {
    public RoleplayScenario {
        nodes = List.copyOf(nodes);
    }

    /** The node with this id, if any. */
    public Optional<RoleplayNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The nodes where the call ends. */
    public List<RoleplayNode> endings() {
        return nodes.stream().filter(RoleplayNode::isEnding).toList();
    }
}
