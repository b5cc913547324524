package io.copyproof.config;

import io.copyproof.fixtures.Configs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever it is fed, the loader ends in a valid configuration or in located errors: never an
 * exception, and every error of a file with content has a line.
 */
class ConfigLoaderPropertiesTest {

    private static final String[] WRONG_VALUES = {"[]", "{}", "yes", "on", "3.5", "-1", "0", "~", "''", "\"x\"",
            "*anchor", "&a b", "!!binary aGk=", "[a, [b]]", "{a: 1}", "99999999999999999999", "true", "null", "\"\"",
            "'8.5.0.6'", "readwrite", "SVC_A", "lun_src", ": :", "- x", "\t", "{", "]"};

    private static void wellBehaved(String name, LoadResult r, boolean hasContent) {
        assertEquals(name, r.file());
        if (r instanceof LoadResult.Invalid invalid) {
            assertFalse(invalid.errors().isEmpty());
            for (ConfigError e : invalid.errors()) {
                assertFalse(e.message().isBlank(), e::toString);
                assertEquals(name, e.location().file(), e::toString);
                if (hasContent) {
                    assertTrue(e.location().line() >= 1, () -> "unlocated error " + e);
                    assertTrue(e.location().column() >= 1, () -> "unlocated error " + e);
                }
                assertTrue(e.path().isEmpty() || e.path().startsWith("/"), e::toString);
                assertFalse(e.message().contains("Exception"), () -> "internal failure leaked: " + e);
            }
        }
    }

    private static void check(String name, String text) {
        LoadResult r = ConfigLoader.parse(name, text);
        wellBehaved(name, r, !text.isBlank());
        if (r instanceof LoadResult.Loaded loaded) {
            everyReferenceResolves(loaded.config());
        }
    }

    /** What {@link Config} promises for loaded configurations: lookups by the ids it uses never fail. */
    static void everyReferenceResolves(Config c) {
        for (Lun l : c.luns()) {
            c.controller(l.controller());
        }
        for (Pool p : c.pools()) {
            c.system(p.system());
        }
        for (MDisk m : c.mdisks()) {
            c.system(m.system());
            c.lun(m.lun());
            m.pool().ifPresent(p -> assertEquals(m.system(), c.pool(p).system()));
        }
        for (Volume v : c.volumes()) {
            c.ioGroup(v.system(), v.ioGroup());
            assertEquals(v.system(), c.pool(v.pool()).system());
            v.mdisk().ifPresent(m -> assertEquals(v.system(), c.mdisk(m).system()));
            assertEquals(v.type() != VolumeType.STRIPED, v.mdisk().isPresent());
            assertEquals(v.system(), c.pool(v.pool()).system());
        }
        for (Host h : c.hosts()) {
            h.volumes().forEach(c::volume);
            h.luns().forEach(c::lun);
        }
        for (BackendCopy b : c.backendCopies()) {
            c.lun(b.source());
            c.lun(b.target());
        }
        for (Partnership p : c.partnerships()) {
            assertEquals(2, p.systems().size());
            p.systems().forEach(c::system);
        }
        for (RemoteCopy r : c.remoteCopies()) {
            String a = c.volume(r.master()).system();
            String b = c.volume(r.aux()).system();
            assertTrue(c.partnershipBetween(a, b).isPresent());
        }
        for (FlashCopy f : c.flashCopies()) {
            assertEquals(c.volume(f.source()).system(), c.volume(f.target()).system());
        }
        c.upgrade().ifPresent(u -> u.steps().forEach(s -> {
            c.system(s.system());
            s.after().forEach(c::system);
        }));
        for (StorageSystem s : c.systems()) {
            s.ioGroups().forEach(g -> assertEquals(2, g.nodes().size()));
        }
        for (Object element : List.<Object>of(c.volumes(), c.hosts())) {
            assertTrue(element instanceof List<?>);
        }
        c.volumes().forEach(v -> assertTrue(c.locate(v).line() >= 1));
    }

    @Property(tries = 300)
    void randomBytes(@ForAll byte[] bytes) {
        String name = "random.yaml";
        LoadResult r = ConfigLoader.parse(name, bytes);
        boolean content = !new String(bytes, StandardCharsets.UTF_8).isBlank();
        wellBehaved(name, r, content);
    }

    @Property(tries = 300)
    void randomYamlishText(@ForAll("yamlish") String text) {
        check("yamlish.yaml", text);
        check("yamlish.json", text);
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("abc:-[]{},&*!|>'\"#\n \t0123456789.~?%@`").ofMaxLength(200);
    }

    @Property(tries = 300)
    void truncatedSample(@ForAll @IntRange(min = 0, max = 4000) int cut) {
        String s = Configs.SAMPLE.substring(0, Math.min(cut, Configs.SAMPLE.length()));
        check("truncated.yaml", s);
    }

    @Property(tries = 300)
    void sampleWithLinesDeleted(@ForAll @IntRange(min = 0, max = 200) int first, @ForAll @IntRange(min = 1, max = 4) int count) {
        List<String> lines = new ArrayList<>(List.of(Configs.SAMPLE.split("\n", -1)));
        int from = first % lines.size();
        for (int i = 0; i < count && from < lines.size(); i++) {
            lines.remove(from);
        }
        check("deleted.yaml", String.join("\n", lines));
    }

    private static final Pattern VALUE = Pattern.compile("(?<=: )[^,}\\n\\]]+");

    @Property(tries = 500)
    void sampleWithAWrongValue(@ForAll @IntRange(min = 0, max = 500) int which,
                               @ForAll @IntRange(min = 0, max = 1000) int replacement) {
        Matcher m = VALUE.matcher(Configs.SAMPLE);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] span = spans.get(which % spans.size());
        String text = Configs.SAMPLE.substring(0, span[0]) + WRONG_VALUES[replacement % WRONG_VALUES.length]
                + Configs.SAMPLE.substring(span[1]);
        check("wrong.yaml", text);
    }

    private static final Pattern IDENT = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    @Property(tries = 500)
    void sampleWithSwappedIdentifiers(@ForAll @IntRange(min = 0, max = 1000) int a,
                                      @ForAll @IntRange(min = 0, max = 1000) int b) {
        Matcher m = IDENT.matcher(Configs.SAMPLE);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] x = spans.get(a % spans.size());
        int[] y = spans.get(b % spans.size());
        if (x[0] > y[0]) {
            int[] t = x;
            x = y;
            y = t;
        }
        if (x[0] == y[0]) {
            return;
        }
        String s = Configs.SAMPLE;
        String text = s.substring(0, x[0]) + s.substring(y[0], y[1]) + s.substring(x[1], y[0])
                + s.substring(x[0], x[1]) + s.substring(y[1]);
        check("swapped.yaml", text);
    }
}
