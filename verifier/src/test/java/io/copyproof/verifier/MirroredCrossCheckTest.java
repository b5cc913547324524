package io.copyproof.verifier;

import io.copyproof.config.Config;
import io.copyproof.config.Volume;
import io.copyproof.generators.ConfigYaml;
import io.copyproof.generators.random.ConfigArbitraries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-check of {@link CrossCheckTest} on random configurations with a mirrored volume only
 * (volume mirroring, docs/semantics.md §7.2), which the plain sample draws rarely: both engines give
 * the same verdicts and shortest lengths, and every Alloy counterexample replays through the explorer.
 * Tries: {@code -Dcopyproof.crosscheck.mirrored=N} (default 6, about 4 s each; 30 agreed when it was added).
 */
class MirroredCrossCheckTest {
    private static final int TRIES = Integer.getInteger("copyproof.crosscheck.mirrored", 6);

    @Test
    void randomMirroredConfigurationsGetTheSameVerdictFromBothEngines() {
        List<Config> configs = ConfigArbitraries.smallValidConfigs().sampleStream()
                .filter(c -> c.volumes().stream().anyMatch(Volume::mirrored)).limit(TRIES).toList();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            Config c = configs.get(i);
            List<String> d = CrossCheckTest.compare(c, 6, i % 2 == 0).disagreements();
            if (!d.isEmpty()) {
                failures.add(d + "\n" + ConfigYaml.toYaml(c));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
