package io.copyproof.repair;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits of a configuration's text keep comments and layout, in block and flow YAML and in JSON. */
class ConfigTextTest {
    static final String BLOCK = """
            # a comment that must stay
            name: block style   # and this one
            systems:
              - id: SVC_A
                codeLevel: 8.5.0.6
                ioGroups:
                  - id: io_grp0
                    nodes: [A_node1, A_node2]
            controllers:
              - id: c1
                model: m
                nativeCopy: {pointInTime: true, replication: false, supportedUnderVirtualization: true}
            luns:
              - id: lun_a     # the LUN
                controller: c1
            pools:
              - {id: p1, system: SVC_A}
            mdisks:
              - {id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: p1}
            volumes:
              - id: vol_a
                system: SVC_A
                ioGroup: io_grp0
                pool: p1
                type: striped
            hosts:
              - id: h1
                volumes:
                  - vol_a
            """;

    static Config load(String name, String text) {
        LoadResult r = ConfigLoader.parse(name, text);
        assertTrue(r instanceof LoadResult.Loaded, () -> r.toString());
        return ((LoadResult.Loaded) r).config();
    }

    static String apply(String name, String text, Repair repair) {
        Config c = load(name, text);
        ConfigText t = new ConfigText(text, c.sources(), RepairSearch.isJson(name));
        List<RepairEdits.Edit> edits = RepairEdits.of(repair, c, t).orElseThrow();
        return t.apply(edits.stream().map(RepairEdits.Edit::splice).toList());
    }

    @Test
    void aFieldAddedToABlockMappingTakesItsIndentationAndKeepsComments() {
        String out = apply("b.yaml", BLOCK, new Repair.ReadOnlyMapping("h1"));
        assertTrue(out.contains("# a comment that must stay\n"), out);
        assertTrue(out.contains("name: block style   # and this one\n"), out);
        assertTrue(out.contains("  - id: h1\n    volumes:\n      - vol_a\n    readOnly: true"), out);
        assertTrue(load("b.yaml", out).host("h1").readOnly());
    }

    @Test
    void aMissingScalarIsAddedAndAnItemAppendedToABlockList() {
        String withCopy = BLOCK.replace("hosts:", """
                backendCopies:
                  - {id: snap, type: pointInTime, source: lun_a, target: lun_a2}
                hosts:""").replace("    controller: c1\n", "    controller: c1\n  - {id: lun_a2, controller: c1}\n");
        String out = apply("b.yaml", withCopy, new Repair.Retarget("snap", "lun_a2_fresh", "c1"));
        assertTrue(out.contains("  - {id: lun_a2, controller: c1}\n  - {id: lun_a2_fresh, controller: c1}\n"), out);
        Config c = load("b.yaml", out);
        assertEquals("lun_a2_fresh", c.backendCopy("snap").target());
        assertEquals("c1", c.lun("lun_a2_fresh").controller());
        String cached = apply("b.yaml", BLOCK, new Repair.SetCache("vol_a", io.copyproof.config.CacheMode.NONE));
        assertTrue(cached.contains("    type: striped\n    cache: none\n"), cached);
    }

    @Test
    void jsonStaysJson() {
        String json = """
                {
                  "name": "j",
                  "systems": [{"id": "SVC_A", "codeLevel": "8.5.0.6",
                               "ioGroups": [{"id": "io_grp0", "nodes": ["A_node1", "A_node2"]}]}],
                  "controllers": [{"id": "c1", "model": "m", "nativeCopy": {"pointInTime": true,
                     "replication": false, "supportedUnderVirtualization": true}}],
                  "luns": [{"id": "lun_a", "controller": "c1"}],
                  "pools": [{"id": "p1", "system": "SVC_A"}],
                  "mdisks": [{"id": "md_a", "system": "SVC_A", "lun": "lun_a", "mode": "managed", "pool": "p1"}],
                  "volumes": [{"id": "vol_a", "system": "SVC_A", "ioGroup": "io_grp0", "pool": "p1",
                               "type": "striped", "cache": "readwrite"}],
                  "hosts": [
                    {"id": "h1", "volumes": ["vol_a"]}
                  ]
                }
                """;
        String ro = apply("j.json", json, new Repair.ReadOnlyMapping("h1"));
        assertTrue(ro.contains("{\"id\": \"h1\", \"volumes\": [\"vol_a\"], \"readOnly\": true}"), ro);
        assertTrue(load("j.json", ro).host("h1").readOnly());
        String none = apply("j.json", json, new Repair.SetCache("vol_a", io.copyproof.config.CacheMode.NONE));
        assertTrue(none.contains("\"cache\": \"none\""), none);
        assertEquals(io.copyproof.config.CacheMode.NONE, load("j.json", none).volume("vol_a").cache());
    }
}
