package io.copyproof.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's empty-list form, and tags: standard ones read, unknown ones refused with a location. */
class YamlEdgesTest {
    private static final String SYSTEM = "systems:\n  - id: S\n    codeLevel: 8.5.0.6\n    ioGroups:\n"
            + "      - id: io_grp0\n        nodes: [n1, n2]\n";

    @Test
    void anEmptyListMayBeWrittenWithNothingAfterTheKey() {
        LoadResult r = ConfigLoader.parse("e.yaml", SYSTEM + "hosts:\nvolumes:\nremoteCopies:\n");
        Config c = assertInstanceOf(LoadResult.Loaded.class, r, r.toString()).config();
        assertEquals(List.of(), c.hosts());
        assertEquals(List.of(), c.volumes());
    }

    @Test
    void anEmptyQuotedTextIsStillText() {
        LoadResult r = ConfigLoader.parse("e.yaml", SYSTEM + "hosts: ''\n");
        LoadResult.Invalid inv = assertInstanceOf(LoadResult.Invalid.class, r);
        assertTrue(inv.errors().get(0).message().contains("must be a list"), inv.errors().toString());
    }

    @Test
    void standardTagsAreRead() {
        LoadResult r = ConfigLoader.parse("t.yaml", SYSTEM.replace("codeLevel: 8.5.0.6", "codeLevel: !!str 8.5.0.6")
                .replace("- id: S", "- id: !!str S"));
        assertInstanceOf(LoadResult.Loaded.class, r, r.toString());
    }

    @Test
    void unknownTagsAreErrorsAtTheirValue() {
        for (String tag : List.of("!foo", "!!python/object", "!<tag:example.com,2000:x>")) {
            LoadResult r = ConfigLoader.parse("t.yaml", SYSTEM.replace("- id: S", "- id: " + tag + " S"));
            LoadResult.Invalid inv = assertInstanceOf(LoadResult.Invalid.class, r, tag);
            ConfigError e = inv.errors().get(0);
            assertTrue(e.message().contains("YAML tag") && e.message().contains("not supported"), e.message());
            assertEquals(2, e.location().line(), e.toString());
            assertEquals("/systems/0/id", e.path());
        }
    }

    @Test
    void parserMessagesNameNoClassesEventsOrFeatureSwitches() {
        String[][] cases = {{"a.json", "{\"systems\": NaN}"}, {"a.json", "{\"systems\": [], /* c */}"},
            {"a.yaml", "? [a]\n: b\n"}, {"a.yaml", "[1, 2]: x\n"}, {"a.yaml", "systems: !!set {a, b}\n"}};
        for (String[] c : cases) {
            LoadResult.Invalid inv = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse(c[0], c[1]), c[1]);
            for (ConfigError e : inv.errors()) {
                String m = e.message();
                for (String bad : List.of("org.yaml", "Event", "JsonReadFeature", "Feature '", "tag:yaml.org")) {
                    assertTrue(!m.contains(bad), c[1] + " => " + m);
                }
            }
        }
        String m = ((LoadResult.Invalid) ConfigLoader.parse("a.yaml", "[1, 2]: x\n")).errors().get(0).message();
        assertTrue(m.contains("expected a key (plain text), found a list"), m);
    }
}
