package io.copyproof.repair;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.generators.ConfigYaml;
import io.copyproof.generators.random.ConfigArbitraries;
import io.copyproof.generators.random.Unsafe;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On random configurations with one safeguard turned off (the generators' arbitraries): every
 * repair {@code fix} returns verifies when its text is loaded and verified from scratch, and no
 * smaller set of repairs from the whole catalog (not only the cone the search prunes to) makes the
 * configuration verify; when the search finds none, no single repair of the whole catalog does.
 */
class RepairProperties {
    static final VerifyOptions OPTIONS = new VerifyOptions(Bounds.DEFAULT, 1, 300_000L, Duration.ofSeconds(30),
            false, true, true);

    static RepairSearch search() {
        return new RepairSearch(FixExamplesTest.verification(), "explorer", OPTIONS, 2);
    }

    @Provide
    Arbitrary<Unsafe> unsafe() {
        return ConfigArbitraries.withOneSafeguardOff();
    }

    @Property(tries = 25)
    void everyRepairVerifiesAndNoSmallerOneDoes(@ForAll("unsafe") Unsafe u) {
        String name = "random.yaml";
        String text = ConfigYaml.toYaml(u.config());
        LoadResult loaded = ConfigLoader.parse(name, text);
        Assume.that(loaded instanceof LoadResult.Loaded);
        Config config = ((LoadResult.Loaded) loaded).config();
        RepairSearch search = search();
        FixResult r = search.fix(name, text);
        Statistics.collect(r.status(), r.repairs().size());
        Assume.that(r.status() == FixResult.Status.REPAIRED || r.status() == FixResult.Status.NO_REPAIR);
        List<Repair> catalog = Candidates.of(config, Cones.ids(config));
        if (r.status() == FixResult.Status.REPAIRED) {
            VerificationResult again = FixExamplesTest.verification().verify(ConfigLoader.parse(name,
                    r.repairedText()), "explorer", OPTIONS);
            assertEquals(Verdict.VERIFIED, again.verdict(), () -> RepairSearch.remaining(again) + "\n"
                    + r.repairedText());
            int size = r.repairs().size();
            if (size >= 2) {
                assertNoSingleRepairVerifies(search, config, text, catalog);
            }
        } else {
            assertNoSingleRepairVerifies(search, config, text, catalog);
        }
    }

    private static void assertNoSingleRepairVerifies(RepairSearch search, Config config, String text,
                                                     List<Repair> catalog) {
        for (Repair one : catalog) {
            Optional<VerificationResult> v = search.verifyWith(config, text, List.of(one));
            assertTrue(v.isEmpty() || v.get().verdict() != Verdict.VERIFIED,
                    () -> "a smaller repair verifies: " + one.describe());
        }
    }
}
