package io.copyproof.alloy;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Alloy engine on bundled examples: the shortest traces of docs/semantics.md §5. How it proves
 * every safe example is pinned in the verifier module (AlloyExamplesTest), where those solves are
 * shared with the command-line regression test.
 */
class AlloyEngineTest {
    static Config example(String name) {
        LoadResult r = ConfigLoader.load(Path.of("../examples", name));
        return ((LoadResult.Loaded) r).config();
    }

    static EngineResult run(Config c) {
        return new AlloyEngine().check(c, VerifyOptions.defaults(c.bounds()).withThreads(1));
    }

    static Violation violation(EngineResult r, String id) {
        return r.violations().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no violation of " + id + " in " + r.violations()));
    }

    static List<String> events(Violation v) {
        return v.trace().stream().map(TraceStep::event).toList();
    }

    /** The bundled examples whose file names end with {@code suffix}, sorted. */
    static List<Path> examples(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("../examples"))) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleModelParses() throws IOException {
        return examples(".yaml").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Config c = example(p.getFileName().toString());
            assertNotNull(AlloyEngine.parse(AlloyGenerator.generate(c)));
        }));
    }

    @Test
    void backendSnapshotUnderACachedVolume() {
        EngineResult r = run(example("backend-snapshot-cached.hazard.yaml"));
        assertEquals("alloy", r.engine());
        assertEquals(9, r.checked().size());
        assertTrue(r.inconclusiveReason().isEmpty(), r.inconclusiveReason().toString());
        assertEquals(List.of("CS-PIT-COMPLETE", "CS-PIT-ORDER"), r.violations().stream().map(Violation::id).toList());

        Violation complete = violation(r, "CS-PIT-COMPLETE");
        assertEquals(List.of("HostWrite", "BackendSnapshot"), events(complete));
        TraceStep first = complete.trace().get(0);
        assertEquals(1, first.step());
        assertEquals(List.of("host", "volume", "block"), List.copyOf(first.args().keySet()));
        assertEquals("db_host", first.args().get("host"));
        assertEquals("db_vol", first.args().get("volume"));
        assertTrue(first.args().get("block") instanceof Integer);
        assertEquals(Map.of("copy", "nightly_snap"), complete.trace().get(1).args());
        assertFalse(first.changes().isEmpty());
        // the lanes Alloy decodes carry the vocabulary's names and the explorer's values
        assertTrue(first.changes().stream().anyMatch(ch -> ch.actor().equals("host:db_host")
                && ch.variable().equals("writes acknowledged") && ch.after().equals("1 of 2")), first.changes()::toString);
        assertTrue(complete.initialState().stream().anyMatch(s -> s.actor().equals("copy:nightly_snap")
                && s.variable().equals("times taken") && s.value().equals("0 of 1")));
        assertEquals("alloy", complete.engine());

        Violation order = violation(r, "CS-PIT-ORDER");
        assertEquals(List.of("HostWrite", "HostWrite", "Destage", "BackendSnapshot"), events(order));
        // the destaged block is the later write's, the snapshot misses the earlier one
        assertEquals(order.trace().get(1).args().get("block"), order.trace().get(2).args().get("block"));
    }

    @Test
    void managedLunSuspendedTakesTheVolumeOffline() {
        EngineResult r = run(example("managed-lun-suspended.hazard.yaml"));
        assertEquals(List.of("LunSuspend"), events(violation(r, "CS-MANAGED-LUN-SUSPENDED")));
        assertEquals(List.of("LunSuspend"), events(violation(r, "AV-VOLUME-ONLINE")));
        // without the verifier's trace layer the step is located at the element it acts on
        assertEquals("/backendCopies/0", violation(r, "AV-VOLUME-ONLINE").path());
        assertEquals(2, r.violations().size());
    }

    @Test
    void safeTwinHasNoCounterexample() {
        EngineResult r = run(example("backend-snapshot-cached.safe.yaml"));
        assertEquals(List.of(), r.violations());
        assertTrue(r.inconclusiveReason().isEmpty());
        assertTrue(r.assumptions().stream().anyMatch(a -> a.startsWith("Alloy proved CS-PIT-COMPLETE, CS-PIT-ORDER,")
                && a.contains("by induction")), r.assumptions().toString());
    }

    @Test
    void withoutInductionTheBoundedChecksGiveTheSameVerdicts() {
        Config safe = example("backend-snapshot-cached.safe.yaml");
        EngineResult r = new AlloyEngine("sat4j", AlloyGenerator.DEFAULT_MAX_STEPS, false)
                .check(safe, VerifyOptions.defaults(safe.bounds()));
        assertEquals(List.of(), r.violations());
        assertTrue(r.inconclusiveReason().isEmpty());
        assertTrue(r.assumptions().stream().noneMatch(a -> a.contains("induction")), r.assumptions().toString());
        assertTrue(r.assumptions().stream().anyMatch(a -> a.contains("covers the bounded state space")));

        Config hazard = example("backend-snapshot-cached.hazard.yaml");
        EngineResult h = new AlloyEngine("sat4j", AlloyGenerator.DEFAULT_MAX_STEPS, false)
                .check(hazard, VerifyOptions.defaults(hazard.bounds()));
        assertEquals(List.of(2, 4), h.violations().stream().map(v -> v.trace().size()).toList());
    }

    @Test
    void aCapBelowTheRunLengthIsInconclusiveNotAProof() {
        Config c = example("backend-snapshot-cached.safe.yaml");
        EngineResult r = new AlloyEngine("sat4j", 2, false).check(c, VerifyOptions.defaults(c.bounds()));
        assertTrue(r.inconclusiveReason().isPresent());
        assertTrue(r.inconclusiveReason().get().contains("within 2 events"), r.inconclusiveReason().get());
        // with induction the cap does not matter: the proof covers runs of any length
        EngineResult proved = new AlloyEngine("sat4j", 2, true).check(c, VerifyOptions.defaults(c.bounds()));
        assertTrue(proved.inconclusiveReason().isEmpty(), proved.inconclusiveReason().toString());
    }

    /** A lemma is checked, never assumed: a false one makes the inductive check fail, not pass. */
    @Test
    void aFalseLemmaMakesTheInductiveCheckFail() throws Exception {
        Config c = example("backend-snapshot-cached.safe.yaml");
        String text = AlloyGenerator.generate(c);
        assertTrue(inductiveHolds(text, "CS_PIT_COMPLETE_inductive"));
        // "no write is ever issued" holds initially but not after the first HostWrite
        String broken = text.replace("pred lemmaWrites {", "pred lemmaWrites {\n  no Issued");
        assertFalse(inductiveHolds(broken, "CS_PIT_COMPLETE_inductive"));
        // and a lemma that the initial state breaks fails the base case
        String badBase = text.replace("pred lemmaWrites {", "pred lemmaWrites {\n  some Issued");
        assertFalse(inductiveHolds(badBase, "CS_PIT_COMPLETE_inductive"));
    }

    private static boolean inductiveHolds(String text, String label) throws Exception {
        edu.mit.csail.sdg.parser.CompModule world = AlloyEngine.parse(text);
        edu.mit.csail.sdg.ast.Command cmd = world.getAllCommands().stream().filter(x -> x.label.equals(label))
                .findFirst().orElseThrow();
        edu.mit.csail.sdg.translator.A4Options opts = new edu.mit.csail.sdg.translator.A4Options();
        opts.solver = AlloyEngine.solver("sat4j");
        opts.inferPartialInstance = false;
        return !edu.mit.csail.sdg.translator.TranslateAlloyToKodkod.execute_command(
                edu.mit.csail.sdg.alloy4.A4Reporter.NOP, world.getAllReachableSigs(),
                AlloyEngine.withSteps(cmd, 2, 2), opts).satisfiable();
    }

    @Test
    void aTimeLimitThatRunsOutIsInconclusive() {
        Config c = example("backend-snapshot-cached.hazard.yaml");
        VerifyOptions o = VerifyOptions.defaults(c.bounds());
        VerifyOptions tight = new VerifyOptions(o.bounds(), 1, o.maxStates(), java.time.Duration.ofMillis(50),
                false, true, true);
        EngineResult r = new AlloyEngine().check(c, tight);
        assertTrue(r.inconclusiveReason().isPresent());
        assertTrue(r.inconclusiveReason().get().contains("time limit"), r.inconclusiveReason().get());
    }

    @Test
    void unknownSolverFallsBackToSat4j() {
        assertEquals("sat4j", AlloyEngine.solver("no-such-solver").id());
        assertEquals("sat4j", AlloyEngine.solver("sat4j").id());
    }
}
