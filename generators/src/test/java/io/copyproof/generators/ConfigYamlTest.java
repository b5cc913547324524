package io.copyproof.generators;

import io.copyproof.config.Config;
import io.copyproof.config.SourceMap;
import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigYamlTest {
    private static final SourceMap NONE = SourceMap.empty("x");

    static Config content(Config c) {
        return new Config(c.name(), c.systems(), c.controllers(), c.luns(), c.pools(), c.mdisks(), c.volumes(),
                c.hosts(), c.backendCopies(), c.partnerships(), c.remoteCopies(), c.flashCopies(), c.upgrade(),
                c.releaseNotes(), c.workload(), c.bounds(), NONE);
    }

    @Test
    void theSampleRoundTrips() {
        Config sample = Configs.sample();
        String yaml = ConfigYaml.toYaml(sample);
        assertEquals(content(sample), content(Configs.parse(yaml)));
        assertEquals(yaml, ConfigYaml.toYaml(Configs.parse(yaml)), "rendering is stable");
    }

    @Test
    void rendersTheDocumentedShape() {
        String yaml = ConfigYaml.toYaml(Configs.sample());
        assertTrue(yaml.startsWith("name: sample\nsystems:\n  - id: SVC_A\n    codeLevel: 8.5.0.6\n    ioGroups:\n"
                + "      - {id: io_grp0, nodes: [A_node1, A_node2]}\n"), yaml);
        assertTrue(yaml.contains("\nvolumes:\n  - {id: db_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_img, "
                + "type: image, mdisk: md_src, cache: none}\n"), yaml);
        assertTrue(yaml.contains("\n  - {id: report_host, luns: [lun_tgt], readOnly: false}\n"), yaml);
        assertTrue(yaml.contains("\nupgrade:\n  targetLevel: 8.6.0.0\n  steps:\n    - {system: SVC_A}\n"
                + "    - {system: SVC_B, after: [SVC_A]}\n"), yaml);
        assertTrue(yaml.contains("\n  - {level: 8.6.0.0, minPartnerLevel: 8.4.0.0, stopBeforeUpgrade: [global]}\n"),
                yaml);
        assertTrue(yaml.endsWith("workload: {stress: false}\n"
                + "bounds: {writesPerHost: 2, blocksPerVolume: 2, snapshotsPerCopy: 1}\n"), yaml);
        assertTrue(!yaml.contains("flashCopies: []") && !yaml.contains("backendCopies: []"), yaml);
    }

    @Test
    void jqwikReportsConfigurationsAsYaml() {
        io.copyproof.generators.random.ConfigReportingFormat format = new io.copyproof.generators.random.ConfigReportingFormat();
        Config sample = Configs.sample();
        assertTrue(format.appliesTo(sample));
        assertTrue(!format.appliesTo("text"));
        assertTrue(format.report(sample).toString().contains("name: sample\nsystems:\n"));
        assertTrue(java.util.ServiceLoader.load(net.jqwik.api.SampleReportingFormat.class).stream()
                .anyMatch(p -> p.type() == io.copyproof.generators.random.ConfigReportingFormat.class), "registered");
    }

    @Test
    void quotesWhatYamlWouldReadAsSomethingElse() {
        String text = """
                name: "odd: \\"name\\"\\n# not a comment"
                systems:
                  - id: "yes"
                    codeLevel: "8.5"
                    ioGroups:
                      - {id: "0", nodes: ["n 1", "true"]}
                upgrade:
                  targetLevel: "9"
                  steps: [{system: "yes"}]
                releaseNotes:
                  - {level: "9", minPartnerLevel: "8.5"}
                """;
        Config c = Configs.parse(text);
        String yaml = ConfigYaml.toYaml(c);
        assertTrue(yaml.contains("name: \"odd: \\\"name\\\"\\n# not a comment\"\n"), yaml);
        assertTrue(yaml.contains("  - id: \"yes\"\n    codeLevel: \"8.5\"\n"), yaml);
        assertTrue(yaml.contains("{id: \"0\", nodes: [\"n 1\", \"true\"]}"), yaml);
        assertEquals(content(c), content(Configs.parse(yaml)));
    }
}
