package io.copyproof.report;

import io.copyproof.result.BlastRadius;
import io.copyproof.result.Change;
import io.copyproof.result.Disagreement;
import io.copyproof.result.StateValue;
import io.copyproof.result.Stats;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.config.Bounds;
import io.copyproof.config.ConfigError;
import io.copyproof.config.SourceLocation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;
import io.copyproof.rules.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Realistic results, one per verdict, for renderer tests. Built by hand: no engine involved. */
final class SampleResults {
    static final List<String> INVARIANTS = RuleCatalog.invariants().stream().map(RuleInfo::id).toList();
    static final List<String> STATIC_RULES = RuleCatalog.staticRules().stream().map(RuleInfo::id).toList();
    static final List<String> ASSUMPTIONS = List.of(
            "Data is abstracted to versions: each host write stores the next version of that host's sequence.",
            "A host issues its writes one at a time (dependent writes).",
            "Partnership states collapse to connected and disconnected.",
            "Striped volumes place block b on MDisk b mod n of the pool's n MDisks.");

    private SampleResults() {
    }

    /** Every sample, in a fixed order: violated, pool offline, verified, inconclusive, invalid. */
    static List<VerificationResult> all() {
        return List.of(cachedSnapshot(), poolOffline(), verified(), inconclusive(), invalid());
    }

    static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static StateValue sv(String actor, String variable, String value) {
        return new StateValue(actor, variable, value);
    }

    /** The state after applying changes to a state (same order, changed values replaced, new ones appended). */
    static List<StateValue> apply(List<StateValue> state, List<Change> changes) {
        List<StateValue> next = new ArrayList<>(state);
        for (Change c : changes) {
            boolean found = false;
            for (int i = 0; i < next.size(); i++) {
                StateValue s = next.get(i);
                if (s.actor().equals(c.actor()) && s.variable().equals(c.variable())) {
                    next.set(i, sv(c.actor(), c.variable(), c.after()));
                    found = true;
                }
            }
            if (!found) {
                next.add(sv(c.actor(), c.variable(), c.after()));
            }
        }
        return next;
    }

    /** A host write cached on SVC_A, then the controller's snapshot of the LUN under it. */
    /** {@link #cachedSnapshot()} as {@code --engine both} reports it: found by both engines, statistics of each. */
    static VerificationResult cachedSnapshotBothEngines() {
        VerificationResult r = cachedSnapshot();
        List<io.copyproof.result.Violation> vs = r.violations().stream()
                .map(v -> v.foundBy(java.util.Map.of("explorer", v.trace().size(), "alloy", v.trace().size())))
                .toList();
        java.util.Map<String, io.copyproof.result.Stats> stats = new java.util.LinkedHashMap<>();
        stats.put("explorer", r.stats());
        stats.put("alloy", new io.copyproof.result.Stats(0, 2, 3, 1.5, 0.0, 0.0, 1 << 20));
        return new VerificationResult(r.file(), r.configName(), r.verdict(), "both", r.bounds(), r.stats(), r.checked(),
                r.rulesRun(), vs, r.findings(), r.errors(), r.assumptions(), r.disagreements(),
                r.inconclusiveReason(), stats);
    }

    static VerificationResult cachedSnapshot() {
        String file = "examples/backend-snapshot-cached-volume.yaml";
        List<StateValue> init = List.of(
                sv("host:db_host", "acknowledged", "none"),
                sv("node:SVC_A/A_node1", "state", "online"),
                sv("node:SVC_A/A_node2", "state", "online"),
                sv("cache:SVC_A/io_grp0", "db_vol.b0", ""),
                sv("lun:lun_src", "block 0", "v0"),
                sv("lun:lun_tgt", "block 0", "v0"),
                sv("copy:nightly_snap", "snapshots", "0"));
        List<Change> c1 = List.of(
                new Change("host:db_host", "acknowledged", "none", "v1"),
                new Change("cache:SVC_A/io_grp0", "db_vol.b0", "", "v1 (dirty)"));
        List<StateValue> s1 = apply(init, c1);
        List<Change> c2 = List.of(
                new Change("lun:lun_tgt", "block 0", "v0", "v0 (snapshot of lun_src)"),
                new Change("copy:nightly_snap", "snapshots", "0", "1"));
        List<StateValue> s2 = apply(s1, c2);
        Violation v = new Violation("CS-PIT-COMPLETE", RuleCatalog.get("CS-PIT-COMPLETE").title(), "explorer", init,
                List.of(
                        new TraceStep(1, "HostWrite", args("host", "db_host", "volume", "db_vol", "block", 0),
                                "db_host writes version 1 to db_vol block 0; the cache of SVC_A/io_grp0 keeps it "
                                        + "dirty and acknowledges it",
                                c1, s1),
                        new TraceStep(2, "BackendSnapshot", args("copy", "nightly_snap"),
                                "ds8k_1 takes point-in-time copy nightly_snap of lun_src onto lun_tgt", c2, s2)),
                "lun_tgt lacks version 1 of db_host, acknowledged before the snapshot: it was still dirty in the "
                        + "cache of SVC_A/io_grp0. A target host reading lun_tgt sees an older image than its "
                        + "source host was told was written.",
                new SourceLocation(file, 41, 5), "/backendCopies/0", Optional.empty());
        Finding f = new Finding("CS-CACHE-ENABLED-SOURCE", Severity.ERROR,
                "volume db_vol over lun_src (source of backend copy nightly_snap) has cache readwrite; "
                        + "it must be cache none and image mode",
                new SourceLocation(file, 23, 12), "/volumes/0/cache", List.of("db_vol", "lun_src", "nightly_snap"));
        return new VerificationResult(file, "nightly-backend-snapshot", Verdict.VIOLATED, "explorer", Bounds.DEFAULT,
                new Stats(1_284, 4_410, 5, 0.31, 24.0, 0.0, 48L * 1024 * 1024), INVARIANTS, STATIC_RULES,
                List.of(v), List.of(f), List.of(), ASSUMPTIONS, List.of(), Optional.empty());
    }

    /** A clone onto a managed MDisk takes a pool offline, and with it the volumes of two hosts. */
    static VerificationResult poolOffline() {
        String file = "examples/backend-clone-onto-managed-mdisk.yaml";
        List<StateValue> init = List.of(
                sv("host:app_host", "access", "ok"),
                sv("host:log_host", "access", "ok"),
                sv("volume:app_vol", "state", "online"),
                sv("volume:log_vol", "state", "online"),
                sv("pool:pool_main", "state", "online"),
                sv("mdisk:md_main2", "state", "online"),
                sv("lun:lun_main2", "content", "SVC extents of pool_main"),
                sv("copy:clone_bad", "snapshots", "0"));
        List<Change> c1 = List.of(
                new Change("lun:lun_main2", "content", "SVC extents of pool_main", "copy of lun_src"),
                new Change("copy:clone_bad", "snapshots", "0", "1"));
        List<StateValue> s1 = apply(init, c1);
        List<Change> c2 = List.of(
                new Change("mdisk:md_main2", "state", "online", "offline"),
                new Change("pool:pool_main", "state", "online", "offline"),
                new Change("volume:app_vol", "state", "online", "offline"),
                new Change("volume:log_vol", "state", "online", "offline"),
                new Change("host:app_host", "access", "ok", "lost <app_vol>"),
                new Change("host:log_host", "access", "ok", "lost <log_vol>"));
        List<StateValue> s2 = apply(s1, c2);
        TraceStep snap = new TraceStep(1, "BackendSnapshot", args("copy", "clone_bad"),
                "ds8k_1 takes point-in-time copy clone_bad of lun_src onto lun_main2, a managed MDisk of pool_main",
                c1, s1);
        TraceStep fault = new TraceStep(2, "PoolFault", args("pool", "pool_main"),
                "md_main2 goes offline with its overwritten extents; pool_main goes offline and takes "
                        + "app_vol & log_vol with it", c2, s2);
        BlastRadius radius = new BlastRadius(List.of("pool_main"), List.of(), List.of("app_vol", "log_vol"),
                List.of("app_host", "log_host"));
        Violation target = new Violation("CS-TARGET-HOLDS-SVC-DATA",
                RuleCatalog.get("CS-TARGET-HOLDS-SVC-DATA").title(), "explorer", init, List.of(snap),
                "clone_bad overwrote lun_main2, which holds extents of pool_main's volumes: their data is corrupt.",
                new SourceLocation(file, 52, 7), "/backendCopies/0/target", Optional.of(radius));
        Violation online = new Violation("AV-VOLUME-ONLINE", RuleCatalog.get("AV-VOLUME-ONLINE").title(), "explorer",
                init, List.of(snap, fault),
                "app_vol and log_vol went offline with pool_main: app_host and log_host lost access.",
                new SourceLocation(file, 52, 7), "/backendCopies/0/target", Optional.of(radius));
        List<Finding> findings = List.of(
                new Finding("CS-TARGET-HOLDS-SVC-DATA", Severity.ERROR,
                        "backend copy clone_bad targets lun_main2, managed MDisk md_main2 of pool_main",
                        new SourceLocation(file, 52, 15), "/backendCopies/0/target",
                        List.of("clone_bad", "lun_main2", "md_main2", "pool_main")),
                new Finding("CS-UNSUPPORTED-CONTROLLER", Severity.WARNING,
                        "controller ds8k_1 (DS8886) does not state whether native copy is supported under "
                                + "virtualization",
                        new SourceLocation(file, 9, 7), "/controllers/0/nativeCopy", List.of("ds8k_1")));
        return new VerificationResult(file, "clone-onto-managed-mdisk", Verdict.VIOLATED, "both", Bounds.DEFAULT,
                new Stats(3_920, 15_002, 7, 1.27, 32.0, 0.0, 96L * 1024 * 1024), INVARIANTS, STATIC_RULES,
                List.of(target, online), findings, List.of(), ASSUMPTIONS,
                List.of(new Disagreement("RC-SYNC", Map.of("explorer", "holds", "alloy", "violated"))),
                Optional.empty());
    }

    /** The documented set-up: cache-disabled image-mode volume; nothing breaks within the bounds. */
    static VerificationResult verified() {
        String file = "examples/backend-snapshot-cache-disabled-image.yaml";
        Finding note = new Finding("UP-RELEASE-NOTES", Severity.NOTE,
                "no release notes given for target level 8.6.0.0; check them before upgrading",
                new SourceLocation(file, 60, 3), "/upgrade/targetLevel", List.of("SVC_A"));
        return new VerificationResult(file, "nightly-backend-snapshot-safe", Verdict.VERIFIED, "explorer",
                new Bounds(3, 2, 2), new Stats(1_234_567, 9_876_543, 18, 12.5, 21.3, 2.7e-9, 512L * 1024 * 1024),
                INVARIANTS, STATIC_RULES, List.of(), List.of(note), List.of(), ASSUMPTIONS, List.of(),
                Optional.empty());
    }

    /** Two partnered systems upgraded concurrently: the state budget ran out first. */
    static VerificationResult inconclusive() {
        String file = "/home/ci/build/configs/concurrent-upgrade.yaml";
        return new VerificationResult(file, "concurrent-upgrade", Verdict.INCONCLUSIVE, "explorer", Bounds.DEFAULT,
                new Stats(1_000_000, 6_100_231, 14, 60.02, 27.9, 1.1e-7, 1536L * 1024 * 1024), INVARIANTS,
                STATIC_RULES, List.of(), List.of(), List.of(), ASSUMPTIONS, List.of(),
                Optional.of("the state budget of 1,000,000 distinct states ran out at depth 14"));
    }

    /** A file with two errors; nothing was explored. */
    static VerificationResult invalid() {
        String file = "examples/broken.yaml";
        return VerificationResult.invalid(file, List.of(
                new ConfigError("unknown cache mode 'rw'; expected readwrite, readonly or none",
                        new SourceLocation(file, 14, 12), "/volumes/0/cache"),
                new ConfigError("unknown field 'sourc' in backendCopies[0]; did you mean 'source'?",
                        new SourceLocation(file, 20, 7), "/backendCopies/0/sourc")));
    }
}
