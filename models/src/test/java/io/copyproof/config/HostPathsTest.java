package io.copyproof.config;

import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host field {@code nodes} (host paths): parsing, located validation errors, and Derived's path nodes. */
class HostPathsTest {

    /** Two volumes on SVC_A, one per I/O group; the host line follows at line 27. */
    private static final String VOLUMES = ConfigLoaderTest.BASE.replace(
            "      - {id: io_grp0, nodes: [A1, A2]}\n",
            "      - {id: io_grp0, nodes: [A1, A2]}\n      - {id: io_grp1, nodes: [A3, A4]}\n")
            + "volumes:\n"
            + "  - {id: v0, system: SVC_A, ioGroup: io_grp0, pool: pool_a}\n"
            + "  - {id: v1, system: SVC_A, ioGroup: io_grp1, pool: pool_a}\n"
            + "  - {id: w, system: SVC_B, ioGroup: io_grp0, pool: pool_b}\n"
            + "hosts:\n";

    private static String show(List<ConfigError> errors) {
        return errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }

    private static ConfigError only(String yaml, String path, String text) {
        List<ConfigError> errors = Configs.errors(yaml);
        assertEquals(1, errors.size(), () -> "expected one error, got:\n" + show(errors));
        ConfigError e = errors.get(0);
        assertEquals(path, e.path(), e::toString);
        assertEquals(27, e.location().line(), e::toString);
        assertTrue(e.message().contains(text), () -> "message of " + e + " lacks '" + text + "'");
        return e;
    }

    @Test
    void omittedNodesMeanEveryNodeOfTheVolumesIoGroups() {
        Config c = Configs.parse(VOLUMES + "  - {id: h, volumes: [v0, v1]}\n");
        Host h = c.host("h");
        assertTrue(h.nodes().isEmpty());
        Derived d = Derived.of(c);
        assertEquals(List.of("A1", "A2"), d.pathNodes(h, c.volume("v0")));
        assertEquals(List.of("A3", "A4"), d.pathNodes(h, c.volume("v1")));
    }

    @Test
    void listedNodesAreThePathsIntoEachIoGroup() {
        Config c = Configs.parse(VOLUMES + "  - {id: h, volumes: [v0, v1], nodes: [A4, A1]}\n");
        Host h = c.host("h");
        assertEquals(List.of("A4", "A1"), h.nodes());
        Derived d = Derived.of(c);
        assertEquals(List.of("A1"), d.pathNodes(h, c.volume("v0")));
        assertEquals(List.of("A4"), d.pathNodes(h, c.volume("v1")));
    }

    @Test
    void aNodeOutsideTheVolumesIoGroupsIsLocated() {
        ConfigError e = only(VOLUMES + "  - {id: h, volumes: [v0], nodes: [A1, A3]}\n", "/hosts/0/nodes/1",
                "lists a path to node 'A3', which is no node of the I/O groups of its volumes");
        assertEquals(40, e.location().column(), e::toString);
        only(VOLUMES + "  - {id: h, volumes: [v0], nodes: [A1, B1]}\n", "/hosts/0/nodes/1", "node 'B1'");
    }

    @Test
    void everyIoGroupOfTheHostsVolumesNeedsAPath() {
        only(VOLUMES + "  - {id: h, volumes: [v0, v1], nodes: [A1]}\n", "/hosts/0/nodes",
                "lists no path to a node of I/O group 'SVC_A/io_grp1' (nodes A3, A4)");
        only(VOLUMES + "  - {id: h, volumes: [v0, w], nodes: [A1]}\n", "/hosts/0/nodes",
                "I/O group 'SVC_B/io_grp0'");
    }

    @Test
    void nodesTwiceOrWithoutVolumesAreLocated() {
        only(VOLUMES + "  - {id: h, volumes: [v0], nodes: [A1, A1]}\n", "/hosts/0/nodes/1", "lists node 'A1' twice");
        only(VOLUMES + "  - {id: h, luns: [lun1], nodes: [A1]}\n", "/hosts/0/nodes", "maps no volume");
    }

    @Test
    void nodesMustBeAList() {
        only(VOLUMES + "  - {id: h, volumes: [v0], nodes: A1}\n", "/hosts/0/nodes", "a list");
    }
}
