package io.copyproof.generators.random;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigError;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.Partnership;
import io.copyproof.config.SourceMap;
import io.copyproof.config.StorageSystem;
import io.copyproof.imports.ImportResult;
import io.copyproof.imports.Importer;
import io.copyproof.generators.ConfigYaml;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The import round trip: a generated configuration rendered as its systems' exports (each file as
 * CLI text with a random delimiter, or REST JSON; the column sets of 7.8 or 8.5 with unknown
 * columns; columns in a random order) plus an overlay of what no command shows imports back to
 * the same configuration, with LUN ids as import names them ({@code <controller>:<lun>}).
 */
class ImportRoundTripTest {

    @Provide
    Arbitrary<Config> configs() {
        return ConfigArbitraries.smallValidConfigs();
    }

    @Property(tries = 150)
    void aConfigurationRenderedAsExportsImportsBackToItself(@ForAll("configs") Config config,
                                                            @ForAll long seed) throws IOException {
        Path root = Files.createTempDirectory("copyproof-roundtrip");
        try {
            List<Path> dirs = ExportWriter.write(config, root, new Random(seed));
            Path overlay = root.resolve("overlay.yaml");
            Files.writeString(overlay, ExportWriter.overlay(config));
            ImportResult r = Importer.run(dirs, Optional.of(overlay), "imported.yaml");
            if (r instanceof ImportResult.Failed f) {
                throw new AssertionError("import failed:\n" + String.join("\n", f.errors().stream()
                        .map(ConfigError::toString).toList()) + "\nfor:\n" + ConfigYaml.toYaml(config));
            }
            Config imported = ((ImportResult.Imported) r).config();
            assertEquals(ConfigYaml.toYaml(canonical(ExportWriter.renamedLuns(config))),
                    ConfigYaml.toYaml(canonical(imported)));
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Order-free form: lists sorted by id, host volumes sorted, partnerships named by their systems. */
    static Config canonical(Config c) {
        List<StorageSystem> systems = sorted(c.systems(), StorageSystem::id);
        List<Host> hosts = sorted(c.hosts(), Host::id).stream()
                .map(h -> new Host(h.id(), h.volumes().stream().sorted().toList(), h.luns().stream().sorted().toList(),
                        h.readOnly())).toList();
        List<Partnership> partnerships = sorted(c.partnerships().stream().map(p -> {
            List<String> s = p.systems().stream().sorted().toList();
            return new Partnership(String.join("-", s), s);
        }).toList(), Partnership::id);
        return new Config(c.name(), systems.stream().map(s -> new StorageSystem(s.id(), s.codeLevel(),
                sorted(s.ioGroups(), IoGroup::id))).toList(), sorted(c.controllers(), x -> x.id()),
                sorted(c.luns(), x -> x.id()), sorted(c.pools(), x -> x.id()), sorted(c.mdisks(), x -> x.id()),
                sorted(c.volumes(), x -> x.id()), hosts, sorted(c.backendCopies(), x -> x.id()), partnerships,
                sorted(c.remoteCopies(), x -> x.id()), sorted(c.flashCopies(), x -> x.id()), c.upgrade(),
                c.releaseNotes(), c.workload(), c.bounds(), SourceMap.empty("canonical.yaml"));
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> id) {
        List<T> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(id));
        return out;
    }

    @Property(tries = 20)
    void theOverlayAloneDoesNotMakeTheRoundTrip(@ForAll("configs") Config config) {
        // guards the property above: the overlay does not carry the volumes, so an import that
        // dropped the exports would not pass it
        String overlay = ExportWriter.overlay(config);
        assertEquals(-1, overlay.indexOf("volumes:"), overlay);
        assertEquals(-1, overlay.indexOf("mdisks:"), overlay);
    }
}
