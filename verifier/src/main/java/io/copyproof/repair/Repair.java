package io.copyproof.repair;

import io.copyproof.config.CacheMode;
import io.copyproof.config.MDiskMode;

import java.util.List;
import java.util.Optional;

/**
 * One change an administrator would make to a configuration to remove a hazard. A repair never
 * deletes an element or a host mapping (that would remove the function, not the hazard). Each
 * knows its {@link #cost()} (lower is tried first: a setting before a new element, a new element
 * before stopping replication), the ids of the elements it touches, and how it reads in a report.
 * {@link RepairEdits} turns it into the field changes of a configuration file.
 */
public sealed interface Repair {

    /** Lower is cheaper for the site: tried first among repairs of one size. */
    int cost();

    /** The ids of the elements this repair changes. */
    List<String> elements();

    /** What to do, in words: {@code set the cache of volume 'db_vol' to none}. */
    String describe();

    /** The volume's cache mode (normally to {@code none}: writes reach the backend LUN as acknowledged). */
    record SetCache(String volume, CacheMode to) implements Repair {
        public int cost() {
            return 1;
        }

        public List<String> elements() {
            return List.of(volume);
        }

        public String describe() {
            return "set the cache of volume '" + volume + "' to " + to.wire();
        }
    }

    /** The host maps its volumes read-only (for a host that only needs to read them). */
    record ReadOnlyMapping(String host) implements Repair {
        public int cost() {
            return 1;
        }

        public List<String> elements() {
            return List.of(host);
        }

        public String describe() {
            return "map the volumes of host '" + host + "' read-only (readOnly: true), if it only needs to read them";
        }
    }

    /** The upgrade step of {@code then} waits for the step of {@code first} (and no longer the reverse). */
    record OrderSteps(String first, String then) implements Repair {
        public int cost() {
            return 1;
        }

        public List<String> elements() {
            return List.of(first, then);
        }

        public String describe() {
            return "upgrade '" + first + "' before '" + then + "' (the step of '" + then + "' waits for '" + first + "')";
        }
    }

    /** The backend copy uses a mode that does not suspend its source LUN while it copies. */
    record NoSuspend(String copy) implements Repair {
        public int cost() {
            return 2;
        }

        public List<String> elements() {
            return List.of(copy);
        }

        public String describe() {
            return "use a copy mode of backend copy '" + copy + "' that does not suspend its source (suspendsSource: false)";
        }
    }

    /** The MDisk stays in another mode (unmanaged, or image) until the backend copy is complete. */
    record SetMDiskMode(String mdisk, MDiskMode to) implements Repair {
        public int cost() {
            return 2;
        }

        public List<String> elements() {
            return List.of(mdisk);
        }

        public String describe() {
            return "keep MDisk '" + mdisk + "' " + to.wire() + " until the copy is complete";
        }
    }

    /**
     * The relationships join one remote-copy consistency group, so that the secondary keeps the
     * order of their writes ({@code consistencyGroup: group} on each that is not in it yet).
     */
    record JoinRcGroup(List<String> relationships, String group) implements Repair {
        public JoinRcGroup {
            relationships = List.copyOf(relationships);
        }

        public int cost() {
            return 1;
        }

        public List<String> elements() {
            return relationships;
        }

        public String describe() {
            return "put " + (relationships.size() == 1 ? "relationship '" + relationships.get(0) + "'"
                    : "relationships " + quoted(relationships)) + " into consistency group '" + group + "'";
        }
    }

    /**
     * The backend copies are taken together, at one instant, as one backend consistency group
     * ({@code group: group} on each that is not in it yet).
     */
    record JoinCopyGroup(List<String> copies, String group) implements Repair {
        public JoinCopyGroup {
            copies = List.copyOf(copies);
        }

        public int cost() {
            return 1;
        }

        public List<String> elements() {
            return copies;
        }

        public String describe() {
            return "take backend " + (copies.size() == 1 ? "copy '" + copies.get(0) + "'" : "copies " + quoted(copies))
                    + " together with group '" + group + "' (one backend consistency group, one instant)";
        }
    }

    private static String quoted(List<String> ids) {
        return String.join(" and ", ids.stream().map(i -> "'" + i + "'").toList());
    }

    /**
     * The host gets a path to {@code node} as well (zoned to the other node of the I/O group), so
     * that it keeps access while one node restarts in a node-by-node upgrade.
     */
    record AddPath(String host, String node) implements Repair {
        public int cost() {
            return 2;
        }

        public List<String> elements() {
            return List.of(host);
        }

        public String describe() {
            return "give host '" + host + "' a path to node '" + node + "' as well (zone it to both nodes of the I/O group)";
        }
    }

    /** The backend copy writes a fresh, unmanaged LUN of the same controller instead of its target. */
    record Retarget(String copy, String freshLun, String controller) implements Repair {
        public int cost() {
            return 3;
        }

        public List<String> elements() {
            return List.of(copy, freshLun);
        }

        public String describe() {
            return "retarget backend copy '" + copy + "' to a new LUN '" + freshLun + "' on controller '" + controller
                    + "' that no system manages";
        }
    }

    /** A step upgrading a partner {@code system} to the target level, optionally before {@code before}'s step. */
    record AddStep(String system, Optional<String> before) implements Repair {
        public int cost() {
            return 3;
        }

        public List<String> elements() {
            return before.map(b -> List.of(system, b)).orElse(List.of(system));
        }

        public String describe() {
            return "add an upgrade step for '" + system + "' to the target level"
                    + before.map(b -> ", before the step of '" + b + "'").orElse("");
        }
    }

    /**
     * The operator stops the relationship (or its consistency group) {@code target} before the
     * upgrade steps of {@code systems} start, and restarts it once they have all committed: two
     * operator steps, {@code stop} and {@code start}, that those steps wait for and that wait for them.
     */
    record StopAround(String target, List<String> systems) implements Repair {
        public StopAround {
            systems = List.copyOf(systems);
        }

        public int cost() {
            return 4;
        }

        public List<String> elements() {
            List<String> out = new java.util.ArrayList<>(List.of(target));
            out.addAll(systems);
            return List.copyOf(out);
        }

        public String describe() {
            return "stop '" + target + "' before the upgrade of " + String.join(" and ", systems.stream()
                    .map(x -> "'" + x + "'").toList()) + " and restart it once " + (systems.size() == 1 ? "it has"
                    : "they have") + " committed (operator steps " + stopId() + " and " + startId() + ")";
        }

        /** The id of the stop step: {@code stop_<target>}. */
        public String stopId() {
            return "stop_" + target;
        }

        /** The id of the start step: {@code start_<target>}. */
        public String startId() {
            return "start_" + target;
        }
    }
}
