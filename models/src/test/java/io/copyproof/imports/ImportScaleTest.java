package io.copyproof.imports;

import io.copyproof.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The benchmark's generated export imports completely (counts, not time: the time is in docs/benchmarks.md). */
class ImportScaleTest {

    @Test
    void theBenchmarkExportImportsEveryElement(@TempDir Path tmp) throws IOException {
        List<Path> dirs = ImportBenchmark.ScaledExport.write(tmp, 1000);
        ImportResult r = Importer.run(dirs, Optional.empty(), "scaled.yaml");
        Config c = assertInstanceOf(ImportResult.Imported.class, r, () -> r.toString().substring(0, 500)).config();
        assertEquals(1000 + 100, c.volumes().size());
        assertEquals(100, c.hosts().size());
        assertEquals(100, c.remoteCopies().size());
        assertEquals(20, c.flashCopies().size());
        assertEquals(1, c.partnerships().size());
        assertEquals(2 * 10 + 10, c.mdisks().size());
        assertEquals("none", c.volume("vol7").cache().wire());
        assertEquals(List.of("vol0", "vol1", "vol2", "vol3", "vol4", "vol5", "vol6", "vol7", "vol8", "vol9"),
                c.host("host0").volumes());
    }
}
