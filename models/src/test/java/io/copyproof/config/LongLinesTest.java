package io.copyproof.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single-line documents close to the size limit: JSON is read as JSON whatever the file's name,
 * YAML with a line too long for the YAML reader is refused at that line. The timeouts are wide
 * (the quadratic reader took minutes on these inputs); they only catch a return of it.
 */
class LongLinesTest {
    private static final String SYSTEM = "{\"id\":\"S\",\"codeLevel\":\"8.5.0.6\",\"ioGroups\":[{\"id\":\"io_grp0\","
            + "\"nodes\":[\"n1\",\"n2\"]}]}";

    private static String longName(int chars) {
        return "x".repeat(chars);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNearlyFullSizeJsonLineInAYamlFileIsReadAsJson() {
        String doc = "{\"name\":\"" + longName((int) ConfigLoader.MAX_FILE_BYTES - 500) + "\",\"systems\":[" + SYSTEM
                + "]}";
        LoadResult r = ConfigLoader.parse("one-line.yaml", doc);
        Config c = assertInstanceOf(LoadResult.Loaded.class, r, () -> r.toString().substring(0, 300)).config();
        assertEquals(1, c.systems().size());
        assertInstanceOf(LoadResult.Loaded.class, ConfigLoader.parseStdin(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aYamlLineTooLongIsRefusedWhereItIs() {
        String doc = "systems: []\nname: " + longName(3 * 1024 * 1024) + "\n";
        LoadResult.Invalid inv = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("long.yaml", doc));
        ConfigError e = inv.errors().get(0);
        assertEquals(2, e.location().line(), e.toString());
        assertTrue(e.message().contains("line 2 is 3,145,734 characters long"), e.message());
        assertTrue(e.message().contains("write the document as JSON"), e.message());
    }

    @Test
    void flowYamlOnOneLongLineThatIsNotJsonIsRefusedToo() {
        String doc = "{systems: [], name: " + longName(100_000) + "}";
        LoadResult.Invalid inv = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("flow.yaml", doc));
        assertTrue(inv.errors().get(0).message().contains("YAML lines may have at most 65,536"), inv.toString());
    }

    @Test
    void ordinaryLinesAreUntouched() {
        String doc = "systems: []\nname: " + longName(60_000) + "\n";
        Config c = assertInstanceOf(LoadResult.Loaded.class, ConfigLoader.parse("ok.yaml", doc)).config();
        assertEquals(60_000, c.name().length());
    }
}
