package io.copyproof.verifier;

import io.copyproof.alloy.AlloyEngine;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.semantics.StorageModel;
import io.copyproof.vocabulary.Check;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every invariant declared in the vocabulary ({@link Check}) has an implementation in both
 * engines, and what an engine reports as checked is what it implements. The exhaustive switches
 * ({@code StorageModel#implementation}, the Alloy trace reader's predicates) make a new constant a
 * compile error; this test fails, naming the invariant, when an engine maps it to nothing.
 */
class VocabularyCoverageTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "two-site-metro-realistic.safe.yaml");

    private static List<String> catalogInvariants() {
        List<String> out = new ArrayList<>();
        for (Check c : Check.values()) {
            if (c.isInvariant()) {
                out.add(c.id());
            }
        }
        return out;
    }

    private static Config config() {
        return ((LoadResult.Loaded) ConfigLoader.load(EXAMPLE)).config();
    }

    @Test
    void theExplorerImplementsEveryInvariant() {
        List<String> has = new StorageModel(config()).checkedIds();
        for (String id : catalogInvariants()) {
            assertTrue(has.contains(id), "the explorer's StorageModel has no implementation of invariant " + id);
        }
    }

    @Test
    void theAlloyEngineImplementsEveryInvariant() {
        List<String> has = AlloyEngine.implementedInvariants();
        for (String id : catalogInvariants()) {
            assertTrue(has.contains(id), "the Alloy engine has no predicate for invariant " + id);
        }
    }

    @Test
    void checkedComesFromTheModel() {
        Config c = config();
        EngineResult r = new ExplorerEngine().check(c, VerifyOptions.defaults(c.bounds()).withThreads(1));
        assertEquals(new StorageModel(c).checkedIds(), r.checked());
    }
}
