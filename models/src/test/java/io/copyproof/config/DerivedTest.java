package io.copyproof.config;

import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivedTest {
    static final String YAML = """
            systems:
              - {id: A, codeLevel: 8.4.0.0, ioGroups: [{id: io0, nodes: [a1, a2]}]}
              - {id: B, codeLevel: 8.5.0.0, ioGroups: [{id: io0, nodes: [b1, b2]}]}
              - {id: C, codeLevel: 8.5.0.0, ioGroups: [{id: io0, nodes: [c1, c2]}]}
            controllers: [{id: ctl}]
            luns:
              - {id: l1, controller: ctl}
              - {id: l2, controller: ctl}
              - {id: l3, controller: ctl}
              - {id: l4, controller: ctl}
              - {id: l5, controller: ctl}
            pools:
              - {id: p, system: A}
              - {id: q, system: A}
            mdisks:
              - {id: m1, system: A, lun: l1, mode: managed, pool: p}
              - {id: m2, system: A, lun: l2, mode: managed, pool: p}
              - {id: m3, system: A, lun: l3, mode: image, pool: q}
              - {id: m4, system: A, lun: l4, mode: unmanaged}
            volumes:
              - {id: s, system: A, ioGroup: io0, pool: p}
              - {id: seq, system: A, ioGroup: io0, pool: p, type: sequential, mdisk: m2}
              - {id: img, system: A, ioGroup: io0, pool: q, type: image, mdisk: m3, cache: none}
            hosts:
              - {id: w, volumes: [s]}
              - {id: r, volumes: [img], readOnly: true}
              - {id: t, luns: [l4]}
            backendCopies:
              - {id: c, type: pointInTime, source: l2, target: l5}
            partnerships:
              - {id: ab, systems: [A, B]}
            upgrade:
              targetLevel: 8.6.0.0
              steps:
                - {system: A}
                - {system: B, after: [A]}
                - {system: C, after: [B]}
            releaseNotes:
              - {level: 8.6.0.0, minPartnerLevel: 8.5.0.0}
            bounds: {blocksPerVolume: 3}
            """;

    final Config config = Configs.parse(YAML);
    final Derived d = Derived.of(config);

    @Test
    void stripedBlocksRotateOverThePoolsMDisksAndOthersStayOnTheirMDisk() {
        Volume s = config.volume("s");
        assertEquals(Optional.of("l1"), d.lunOf(s, 0));
        assertEquals(Optional.of("l2"), d.lunOf(s, 1));
        assertEquals(Optional.of("l1"), d.lunOf(s, 2));
        assertEquals(Optional.empty(), d.lunOf(s, 3));
        assertEquals(List.of("l1", "l2"), d.lunsOf(s));
        assertEquals(List.of("l2"), d.lunsOf(config.volume("seq")));
        assertEquals(List.of("l3"), d.lunsOf(config.volume("img")));
    }

    @Test
    void slotsArePositionsOnALunInVolumeThenBlockOrder() {
        assertEquals(List.of(new Derived.Block("s", 1), new Derived.Block("seq", 0), new Derived.Block("seq", 1),
                new Derived.Block("seq", 2)), d.slots("l2"));
        assertEquals(0, d.posOf("s", 1));
        assertEquals(2, d.posOf("seq", 1));
        assertEquals(1, d.posOf("s", 2));
        assertEquals(List.of(config.volume("s"), config.volume("seq")), d.volumesOver("l2"));
        assertEquals(4, d.size("l2"));
        assertEquals(4, d.size("l5"), "a copy target has as many positions as its source");
        assertEquals(0, d.size("l4"));
    }

    @Test
    void virtualizationSystemDataAndWriters() {
        assertTrue(d.isVirtualized("l1"));
        assertTrue(d.isVirtualized("l3"));
        assertFalse(d.isVirtualized("l4"));
        assertTrue(d.holdsSystemData("l1"));
        assertFalse(d.holdsSystemData("l3"), "an image MDisk whose volume is only read");
        assertFalse(d.holdsSystemData("l5"));
        assertEquals(List.of("w"), d.writingHosts().stream().map(Host::id).toList());
        assertEquals(Optional.of(config.volume("img")), d.imageVolumeOf(config.mdisk("m3")));
    }

    @Test
    void stripedVolumesSkipImageMDisksOfTheirPool() {
        // m3 (image, volume img) joins pool p: the striped volume s still rotates over m1 and m2 only
        Config c = Configs.parse(YAML.replace("{id: m3, system: A, lun: l3, mode: image, pool: q}",
                "{id: m3, system: A, lun: l3, mode: image, pool: p}").replace("pool: q, type: image",
                "pool: p, type: image"));
        Derived x = Derived.of(c);
        assertEquals(List.of("l1", "l2"), x.lunsOf(c.volume("s")));
        assertEquals(List.of(c.volume("img")), x.volumesOver("l3"));
        assertEquals(List.of("m1", "m2"), Derived.stripeMDisks(c, "p").stream().map(MDisk::id).toList());
    }

    @Test
    void aReadOnlyImageVolumeThatTheSystemCopiesHoldsSystemData() {
        assertFalse(d.ownsContent("img"));
        for (String copy : List.of("remoteCopies: [{id: r, type: metro, master: img, aux: s}]\n",
                "remoteCopies: [{id: r, type: metro, master: s, aux: img}]\n",
                "flashCopies: [{id: f, source: img, target: seq}]\n",
                "flashCopies: [{id: f, source: seq, target: img}]\n")) {
            Derived x = Derived.of(Configs.parse(YAML + copy));
            assertTrue(x.ownsContent("img"), copy);
            assertTrue(x.holdsSystemData("l3"), copy);
            assertEquals(1, x.systemCopiesOf("img").size(), copy);
        }
    }

    @Test
    void upgradeOrderIsTransitive() {
        assertTrue(d.upgradesAfter("C", "A"));
        assertTrue(d.upgradesAfter("B", "A"));
        assertFalse(d.upgradesAfter("A", "C"));
        assertFalse(d.mayUpgradeConcurrently("A", "C"));
        assertTrue(d.canCommit("C"));
        assertEquals(CodeLevel.of("8.6"), d.finalLevel("A"));
        assertEquals(CodeLevel.of("8.4"), d.initialLevel("A"));
    }

    @Test
    void compatibilityFollowsTheReleaseNotesOfBothSides() {
        assertTrue(d.compatible(CodeLevel.of("8.4"), CodeLevel.of("8.5")));
        assertFalse(d.compatible(CodeLevel.of("8.6"), CodeLevel.of("8.4")));
        assertFalse(d.compatible(CodeLevel.of("8.4"), CodeLevel.of("8.6")));
        assertTrue(d.compatible(CodeLevel.of("8.6"), CodeLevel.of("8.5")));
    }
}
