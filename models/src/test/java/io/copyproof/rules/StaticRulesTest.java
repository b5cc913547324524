package io.copyproof.rules;

import io.copyproof.config.Config;
import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticRulesTest {

    /** A backend point-in-time copy of an image volume's LUN; cache on the volume is the hazard. */
    static final String BACKEND = """
            name: backend
            systems:
              - id: SVC_A
                codeLevel: 8.5.0.6
                ioGroups:
                  - {id: io_grp0, nodes: [A1, A2]}
            controllers:
              - id: ds8k
                model: DS8886
                nativeCopy: {pointInTime: true, replication: false, supportedUnderVirtualization: true}
            luns:
              - {id: lun_src, controller: ds8k}
              - {id: lun_tgt, controller: ds8k}
              - {id: lun_a, controller: ds8k}
            pools:
              - {id: pool_img, system: SVC_A}
              - {id: pool_a, system: SVC_A}
            mdisks:
              - {id: md_src, system: SVC_A, lun: lun_src, mode: image, pool: pool_img}
              - {id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: pool_a}
            volumes:
              - id: db_vol
                system: SVC_A
                ioGroup: io_grp0
                pool: pool_img
                type: image
                mdisk: md_src
                cache: readwrite
              - {id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}
            hosts:
              - {id: db_host, volumes: [db_vol]}
              - {id: app_host, volumes: [app_vol]}
              - {id: report_host, luns: [lun_tgt]}
            backendCopies:
              - id: nightly_snap
                type: pointInTime
                source: lun_src
                target: lun_tgt
                suspendsSource: false
            """;

    /** Two partnered systems, A below B, with a global relationship and an upgrade plan A then B. */
    static final String UPGRADE = """
            name: upgrade
            systems:
              - id: SVC_A
                codeLevel: 8.3.0.0
                ioGroups:
                  - {id: io0, nodes: [A1, A2]}
              - id: SVC_B
                codeLevel: 8.5.0.6
                ioGroups:
                  - {id: io0, nodes: [B1, B2]}
            controllers:
              - {id: c1, model: X}
            luns:
              - {id: la, controller: c1}
              - {id: lb, controller: c1}
            pools:
              - {id: pa, system: SVC_A}
              - {id: pb, system: SVC_B}
            mdisks:
              - {id: ma, system: SVC_A, lun: la, mode: managed, pool: pa}
              - {id: mb, system: SVC_B, lun: lb, mode: managed, pool: pb}
            volumes:
              - {id: va, system: SVC_A, ioGroup: io0, pool: pa}
              - {id: vb, system: SVC_B, ioGroup: io0, pool: pb}
            hosts:
              - {id: h, volumes: [va]}
            partnerships:
              - {id: p_ab, systems: [SVC_A, SVC_B]}
            remoteCopies:
              - id: rc
                type: metro
                master: va
                aux: vb
                state: consistent_synchronized
            upgrade:
              targetLevel: 8.6.0.0
              steps:
                - {system: SVC_A}
                - {system: SVC_B, after: [SVC_A]}
            releaseNotes:
              - {level: 8.6.0.0, minPartnerLevel: 8.4.0.0, stopBeforeUpgrade: [global]}
            """;

    // ---- helpers -------------------------------------------------------------------------

    static List<Finding> check(String yaml) {
        return StaticRules.check(Configs.parse(yaml));
    }

    static List<Finding> of(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.id().equals(id)).toList();
    }

    static Finding only(String yaml, String id) {
        List<Finding> found = of(check(yaml), id);
        assertEquals(1, found.size(), () -> "expected one " + id + " finding, got " + found);
        return found.get(0);
    }

    static void none(String yaml, String id) {
        List<Finding> found = of(check(yaml), id);
        assertTrue(found.isEmpty(), () -> "expected no " + id + " finding, got " + found);
    }

    /** Asserts severity, pointer and exact location, and that the file has {@code token} there. */
    static void assertFinding(String yaml, Finding f, Severity severity, String path, int line, int column,
                              String token) {
        assertEquals(severity, f.severity(), f::toString);
        assertEquals(path, f.path(), f::toString);
        assertEquals(Configs.FILE, f.location().file());
        assertEquals(line, f.location().line(), f::toString);
        assertEquals(column, f.location().column(), f::toString);
        String text = yaml.lines().toList().get(line - 1);
        assertTrue(text.startsWith(token, column - 1), () -> "line " + line + " is '" + text + "', expected '"
                + token + "' at column " + column);
    }

    // ---- the catalogue -------------------------------------------------------------------

    @Test
    void runsExactlyTheStaticRulesOfTheCatalogInItsOrder() {
        assertEquals(RuleCatalog.staticRules().stream().map(RuleInfo::id).toList(), StaticRules.ids());
    }

    @Test
    void theSampleConfigurationHasNoFindings() {
        assertEquals(List.of(), StaticRules.check(Configs.sample()));
    }

    @Test
    void findingsComeInCatalogOrderThenFileOrder() {
        String yaml = BACKEND
                .replace("suspendsSource: false", "suspendsSource: true")
                .replace("{id: report_host, luns: [lun_tgt]}", "{id: report_host, luns: [lun_tgt]}\n"
                        + "  - {id: app2_host, volumes: [app_vol]}")
                .replace("{id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}",
                        "{id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}\n"
                                + "  - {id: app2_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a, cache: readonly}")
                .replace("target: lun_tgt", "target: lun_a");
        List<Finding> findings = check(yaml);
        List<String> ids = findings.stream().map(Finding::id).toList();
        assertEquals(List.of("CS-TARGET-HOLDS-SVC-DATA", "CS-MANAGED-LUN-SUSPENDED", "CS-CACHE-ENABLED-SOURCE",
                "CS-CACHE-ENABLED-SOURCE", "CS-CACHE-ENABLED-SOURCE"), ids);
        List<String> paths = of(findings, "CS-CACHE-ENABLED-SOURCE").stream().map(Finding::path).toList();
        assertEquals(List.of("/volumes/0/cache", "/volumes/1/cache", "/volumes/2/cache"), paths);
        assertEquals(findings, check(yaml), "the order is stable");
    }

    // ---- CS-UNSUPPORTED-CONTROLLER -------------------------------------------------------

    @Nested
    class UnsupportedController {
        static final String ID = "CS-UNSUPPORTED-CONTROLLER";

        @Test
        void copyTypeNotOfferedByTheController() {
            String yaml = BACKEND.replace("type: pointInTime", "type: replication");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/backendCopies/0/type", 36, 11, "replication");
            assertTrue(f.message().contains("controller 'ds8k'"), f.message());
            assertTrue(f.message().contains("nativeCopy.replication is false"), f.message());
            assertTrue(f.elements().containsAll(List.of("nightly_snap", "ds8k", "lun_src", "lun_tgt")));
        }

        @Test
        void virtualizedLunOnAControllerThatDoesNotSupportIt() {
            String yaml = BACKEND.replace("supportedUnderVirtualization: true", "supportedUnderVirtualization: false");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/backendCopies/0/type", 36, 11, "pointInTime");
            assertTrue(f.message().contains("LUN 'lun_src' is image MDisk 'md_src' of system 'SVC_A'"), f.message());
            assertTrue(f.message().contains("supportedUnderVirtualization is false"), f.message());
        }

        @Test
        void theControllerJudgedIsTheSourceLunsOne() {
            String yaml = BACKEND.replace("""
                    luns:
                    """, """
                      - {id: old, model: DS4700, nativeCopy: {pointInTime: false}}
                    luns:
                    """).replace("{id: lun_tgt, controller: ds8k}", "{id: lun_tgt, controller: old}");
            none(yaml, ID);
            Finding f = only(yaml.replace("source: lun_src", "source: lun_tgt").replace("target: lun_tgt",
                    "target: lun_src"), ID);
            assertTrue(f.message().contains("controller 'old' (DS4700) does not offer native pointInTime copies"),
                    f.message());
        }

        @Test
        void aVirtualizedTargetIsJudgedByItsOwnController() {
            // the target LUN on a second array that does not support native copy under virtualization
            String yaml = BACKEND.replace("""
                    luns:
                    """, """
                      - {id: dr, model: V7000, nativeCopy: {pointInTime: true, supportedUnderVirtualization: false}}
                    luns:
                    """).replace("{id: lun_tgt, controller: ds8k}", "{id: lun_tgt, controller: dr}");
            none(yaml, ID); // the target is not virtualized
            String virtualized = yaml.replace("mdisks:\n", "mdisks:\n  - {id: md_tgt, system: SVC_A, lun: lun_tgt, "
                    + "mode: unmanaged}\n");
            none(virtualized, ID); // an unmanaged MDisk does not virtualize it
            String image = yaml.replace("mdisks:\n", "mdisks:\n  - {id: md_tgt, system: SVC_A, lun: lun_tgt, "
                    + "mode: image, pool: pool_img}\n").replace("volumes:\n", "volumes:\n  - {id: tgt_vol, "
                    + "system: SVC_A, ioGroup: io_grp0, pool: pool_img, type: image, mdisk: md_tgt, cache: none}\n");
            Finding f = only(image, ID);
            assertTrue(f.message().contains("LUN 'lun_tgt' is image MDisk 'md_tgt' of system 'SVC_A'"), f.message());
            assertTrue(f.message().contains("controller 'dr' does not support native copy"), f.message());
            assertTrue(f.elements().containsAll(List.of("dr", "md_tgt")), f.elements().toString());
        }

        @Test
        void keptWhenTheControllerOffersTheCopy() {
            none(BACKEND, ID);
        }

        @Test
        void keptWhenTheLunsAreNotVirtualized() {
            String yaml = BACKEND.replace("supportedUnderVirtualization: true", "supportedUnderVirtualization: false")
                    .replace("lun: lun_src, mode: image, pool: pool_img", "lun: lun_src, mode: unmanaged")
                    .replace("""
                              - id: db_vol
                                system: SVC_A
                                ioGroup: io_grp0
                                pool: pool_img
                                type: image
                                mdisk: md_src
                                cache: readwrite
                            """, "")
                    .replace("{id: db_host, volumes: [db_vol]}", "{id: db_host, luns: [lun_src]}");
            none(yaml, ID);
        }
    }

    // ---- CS-CACHE-ENABLED-SOURCE ---------------------------------------------------------

    @Nested
    class CacheEnabledSource {
        static final String ID = "CS-CACHE-ENABLED-SOURCE";

        @Test
        void cachedImageVolumeOverTheSource() {
            Finding f = only(BACKEND, ID);
            assertFinding(BACKEND, f, Severity.ERROR, "/volumes/0/cache", 28, 12, "readwrite");
            assertEquals("volume 'db_vol' is over LUN 'lun_src', the source of backend copy 'nightly_snap', with "
                    + "cache 'readwrite': the controller does not receive writes as the host writes them, so the copy "
                    + "can miss acknowledged writes or hold them out of order", f.message());
            assertEquals(List.of("db_vol", "lun_src", "nightly_snap"), f.elements());
        }

        @Test
        void stripedVolumeOverTheSourceIsReportedAtItsType() {
            String yaml = BACKEND.replace("cache: readwrite", "cache: none").replace("source: lun_src", "source: lun_a")
                    .replace("io_grp0, pool: pool_a}", "io_grp0, pool: pool_a, cache: none}");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/volumes/1/type", 29, 5, "{id: app_vol");
            assertTrue(f.message().startsWith("volume 'app_vol' is over LUN 'lun_a', the source of backend copy "
                    + "'nightly_snap', as a striped volume"), f.message());
        }

        @Test
        void cachedVolumeOverTheTargetCanReadStaleData() {
            String yaml = BACKEND.replace("cache: readwrite", "cache: none")
                    .replace("{id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: pool_a}",
                            "{id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: pool_a}\n"
                                    + "  - {id: md_tgt, system: SVC_A, lun: lun_tgt, mode: image, pool: pool_img}")
                    .replace("{id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}",
                            "{id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}\n"
                                    + "  - {id: tgt_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_img, type: image, "
                                    + "mdisk: md_tgt, cache: readonly}")
                    .replace("{id: report_host, luns: [lun_tgt]}",
                            "{id: report_host, volumes: [tgt_vol], readOnly: true}");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/volumes/2/cache", 31, 103, "readonly");
            assertTrue(f.message().contains("the target of backend copy 'nightly_snap', with cache 'readonly'"),
                    f.message());
            assertTrue(f.message().contains("stale"), f.message());
            none(yaml.replace("cache: readonly", "cache: none"), ID);
        }

        @Test
        void oneFindingPerVolumeAndCopy() {
            String yaml = BACKEND + """
                      - {id: second_snap, type: pointInTime, source: lun_src, target: lun_a}
                    """;
            List<Finding> found = of(check(yaml), ID);
            assertEquals(List.of("nightly_snap", "second_snap", "second_snap"),
                    found.stream().map(f -> f.elements().get(2)).toList());
            assertEquals(List.of("/volumes/0/cache", "/volumes/0/cache", "/volumes/1/cache"),
                    found.stream().map(Finding::path).toList());
        }

        @Test
        void keptByACacheDisabledImageVolume() {
            none(BACKEND.replace("cache: readwrite", "cache: none"), ID);
        }
    }

    // ---- CS-TARGET-HOLDS-SVC-DATA --------------------------------------------------------

    @Nested
    class TargetHoldsSvcData {
        static final String ID = "CS-TARGET-HOLDS-SVC-DATA";

        @Test
        void managedTargetReportsTheBlastRadius() {
            String yaml = BACKEND.replace("target: lun_tgt", "target: lun_a");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/backendCopies/0/target", 38, 13, "lun_a");
            assertEquals("backend copy 'nightly_snap' writes LUN 'lun_a', which holds system data as managed MDisk "
                    + "'md_a' of pool 'pool_a' on system 'SVC_A': the copy overwrites extents of the pool's volumes "
                    + "and system metadata, and may take pool 'pool_a' offline, and with it volume 'app_vol', "
                    + "used by host 'app_host'", f.message());
            assertEquals(List.of("nightly_snap", "lun_a", "md_a", "pool_a", "app_vol", "app_host"), f.elements());
        }

        @Test
        void imageTargetWrittenByAHost() {
            String yaml = BACKEND.replace("source: lun_src", "source: lun_tgt").replace("target: lun_tgt",
                    "target: lun_src");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/backendCopies/0/target", 38, 13, "lun_src");
            assertTrue(f.message().contains("image MDisk 'md_src' of volume 'db_vol', which host 'db_host' writes"),
                    f.message());
        }

        @Test
        void keptByAnImageTargetThatHostsOnlyRead() {
            String yaml = BACKEND.replace("source: lun_src", "source: lun_tgt")
                    .replace("target: lun_tgt", "target: lun_src")
                    .replace("{id: db_host, volumes: [db_vol]}", "{id: db_host, volumes: [db_vol], readOnly: true}");
            none(yaml, ID);
        }

        @Test
        void keptByAnUnmanagedTarget() {
            none(BACKEND, ID);
        }

        @Test
        void aReadOnlyImageTargetThatTheSystemCopiesHoldsSystemData() {
            String readOnly = BACKEND.replace("source: lun_src", "source: lun_tgt")
                    .replace("target: lun_tgt", "target: lun_src")
                    .replace("{id: db_host, volumes: [db_vol]}", "{id: db_host, volumes: [db_vol], readOnly: true}");
            // the read-only volume is the source of a FlashCopy mapping: the system propagates its content
            Finding fc = only(readOnly + "flashCopies:\n  - {id: fc_db, source: db_vol, target: app_vol}\n", ID);
            assertTrue(fc.message().contains("which the system copies in 'fc_db'"), fc.message());
            // the read-only volume is the master of a remote copy: its secondary silently diverges
            String rc = readOnly + "remoteCopies:\n  - {id: rc_db, type: metro, master: db_vol, aux: app_vol}\n";
            Finding f = only(rc, ID);
            assertTrue(f.message().contains("which the system copies in 'rc_db'"), f.message());
            assertTrue(f.message().contains("the secondary of remote copy 'rc_db' (its aux 'app_vol') silently diverges"),
                    f.message());
            assertTrue(f.elements().containsAll(List.of("rc_db", "app_vol")), f.elements().toString());
        }
    }

    // ---- CS-PIT-GROUP-ORDER --------------------------------------------------------------

    @Nested
    class PitGroupOrder {
        static final String ID = "CS-PIT-GROUP-ORDER";
        /** A second image volume db_log over lun_a, written by db_host too, and a second copy of lun_a. */
        final String two = BACKEND.replace("{id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: pool_a}",
                        "{id: md_a, system: SVC_A, lun: lun_a, mode: image, pool: pool_img}\n"
                        + "  - {id: md_b, system: SVC_A, lun: lun_b, mode: managed, pool: pool_a}")
                .replace("  - {id: lun_a, controller: ds8k}\n", "  - {id: lun_a, controller: ds8k}\n"
                        + "  - {id: lun_b, controller: ds8k}\n  - {id: lun_c, controller: ds8k}\n")
                .replace("  - {id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}",
                        "  - {id: app_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_a}\n"
                        + "  - {id: db_log, system: SVC_A, ioGroup: io_grp0, pool: pool_img, type: image, mdisk: md_a, "
                        + "cache: none}")
                .replace("{id: db_host, volumes: [db_vol]}", "{id: db_host, volumes: [db_vol, db_log]}")
                + "  - {id: log_snap, type: pointInTime, source: lun_a, target: lun_c}\n";

        @Test
        void copiesOfLunsOneHostWritesTakenApart() {
            Finding f = only(two, ID);
            assertEquals("/backendCopies/1/source", f.path());
            assertTrue(f.message().contains("backend copies 'nightly_snap' (of 'lun_src') and 'log_snap' (of 'lun_a') "
                    + "are taken at different instants, but host 'db_host' writes both source LUNs"), f.message());
        }

        @Test
        void keptByOneBackendConsistencyGroup() {
            none(two.replace("suspendsSource: false", "suspendsSource: false\n    group: g")
                    .replace("target: lun_c}", "target: lun_c, group: g}"), ID);
        }

        @Test
        void keptWhenNoHostWritesBoth() {
            none(two.replace("{id: db_host, volumes: [db_vol, db_log]}", "{id: db_host, volumes: [db_vol]}\n"
                    + "  - {id: log_host, volumes: [db_log]}"), ID);
        }
    }

    // ---- CS-MANAGED-LUN-SUSPENDED --------------------------------------------------------

    @Nested
    class ManagedLunSuspended {
        static final String ID = "CS-MANAGED-LUN-SUSPENDED";

        @Test
        void suspendedSourceThatASystemVirtualizes() {
            String yaml = BACKEND.replace("suspendsSource: false", "suspendsSource: true");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/backendCopies/0/suspendsSource", 39, 21, "true");
            assertTrue(f.message().startsWith("backend copy 'nightly_snap' suspends its source LUN 'lun_src' while "
                    + "it copies, but the LUN is image MDisk 'md_src' of system 'SVC_A'"), f.message());
            assertTrue(f.message().contains("volume 'db_vol' loses access"), f.message());
        }

        @Test
        void keptWhenTheCopyDoesNotSuspend() {
            none(BACKEND, ID);
        }

        @Test
        void aMirroredVolumeKeepsAccessThroughItsOtherCopy() throws java.io.IOException {
            // the bundled write-through snapshot of a mirrored volume's image copy 1, with the source suspended
            String yaml = java.nio.file.Files.readString(io.copyproof.fixtures.Configs.examplesDir().orElseThrow()
                    .resolve("mirrored-image-copy-snapshot.safe.yaml"))
                    .replace("    target: lun_snap\n", "    target: lun_snap\n    suspendsSource: true\n");
            Finding f = only(yaml, ID);
            assertFalse(f.message().contains("loses access"), f.message());
            assertTrue(f.message().endsWith("and the copy on it of mirrored volume 'db_vol' goes out of sync "
                    + "(the volume stays online through its other copy)"), f.message());
            assertTrue(f.elements().contains("db_vol"), f.elements().toString());
        }


        @Test
        void keptWhenTheSuspendedLunIsUnmanaged() {
            String yaml = BACKEND.replace("suspendsSource: false", "suspendsSource: true")
                    .replace("source: lun_src", "source: lun_tgt").replace("target: lun_tgt", "target: lun_src")
                    .replace("{id: db_host, volumes: [db_vol]}", "{id: db_host, volumes: [db_vol], readOnly: true}")
                    .replace("{id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: pool_a}",
                            "{id: md_a, system: SVC_A, lun: lun_a, mode: managed, pool: pool_a}\n"
                                    + "  - {id: md_tgt, system: SVC_A, lun: lun_tgt, mode: unmanaged}");
            none(yaml, ID);
        }
    }

    // ---- UP-ONE-AT-A-TIME ----------------------------------------------------------------

    @Nested
    class OneAtATime {
        static final String ID = "UP-ONE-AT-A-TIME";

        @Test
        void partneredSystemsWithUnorderedSteps() {
            String yaml = UPGRADE.replace("{system: SVC_B, after: [SVC_A]}", "{system: SVC_B}");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/upgrade/steps/1", 39, 7, "{system: SVC_B");
            assertTrue(f.message().endsWith("can lose synchronization (under stress, availability)"), f.message());
            assertFalse(f.message().contains("after: ["), "no unverified remedy: " + f.message());
            assertEquals(List.of("p_ab", "SVC_A", "SVC_B"), f.elements());
        }

        @Test
        void keptByAnAfterOrder() {
            none(UPGRADE, ID);
        }

        @Test
        void keptByATransitiveAfterOrder() {
            String yaml = UPGRADE.replace("""
                      - id: SVC_B
                    """, """
                      - id: SVC_C
                        codeLevel: 8.5.0.6
                        ioGroups:
                          - {id: io0, nodes: [C1, C2]}
                      - id: SVC_B
                    """).replace("{system: SVC_B, after: [SVC_A]}",
                    "{system: SVC_C, after: [SVC_A]}\n    - {system: SVC_B, after: [SVC_C]}");
            none(yaml, ID);
        }
    }

    // ---- UP-COMPATIBLE-LEVELS ------------------------------------------------------------

    @Nested
    class CompatibleLevels {
        static final String ID = "UP-COMPATIBLE-LEVELS";

        @Test
        void upgradingTheHigherSystemFirstLeavesItsPartnerBelowTheMinimum() {
            String yaml = UPGRADE.replace("{system: SVC_A}", "{system: SVC_A, after: [SVC_B]}")
                    .replace("{system: SVC_B, after: [SVC_A]}", "{system: SVC_B}");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/upgrade/steps/1", 39, 7, "{system: SVC_B");
            assertTrue(f.message().contains("once 'SVC_B' has upgraded to 8.6.0.0 while 'SVC_A' is still at 8.3.0.0"),
                    f.message());
            assertTrue(f.message().contains("'SVC_B' runs 8.6.0.0, whose release notes require a partner at 8.4.0.0 "
                    + "or later, but 'SVC_A' runs 8.3.0.0"), f.message());
            assertTrue(f.message().endsWith("so the partnership cannot stay connected and its relationships stop"),
                    "no unverified remedy: " + f.message());
        }

        @Test
        void concurrentStepsCanReachAnIncompatibleCombination() {
            String yaml = UPGRADE.replace("{system: SVC_B, after: [SVC_A]}", "{system: SVC_B}");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/upgrade/steps/1", 39, 7, "{system: SVC_B");
            assertTrue(f.message().endsWith("so the partnership cannot stay connected and its relationships stop"),
                    "no unverified remedy: " + f.message());
        }

        @Test
        void initialLevelsAlreadyIncompatible() {
            String yaml = UPGRADE + "  - {level: 8.5.0.6, minPartnerLevel: 8.4.0.0}\n";
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/systems/0/codeLevel", 4, 16, "8.3.0.0");
            assertTrue(f.message().contains("before the upgrade"), f.message());
        }

        @Test
        void keptWhenTheLowerSystemUpgradesFirst() {
            none(UPGRADE, ID);
        }

        @Test
        void keptWithoutAnUpgradePlanWhenLevelsAreCompatible() {
            String yaml = UPGRADE.substring(0, UPGRADE.indexOf("upgrade:\n"));
            none(yaml, ID);
        }
    }

    // ---- UP-RELEASE-NOTES ----------------------------------------------------------------

    @Nested
    class ReleaseNotes {
        static final String ID = "UP-RELEASE-NOTES";

        @Test
        void runningRelationshipOfATypeToStopFirst() {
            String yaml = UPGRADE.replace("type: metro", "type: global");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/remoteCopies/0/state", 34, 12, "consistent_synchronized");
            assertTrue(f.message().contains("release notes say to stop global relationships"), f.message());
        }

        @Test
        void stoppedRelationshipIsKept() {
            none(UPGRADE.replace("type: metro", "type: global")
                    .replace("state: consistent_synchronized", "state: consistent_stopped"), ID);
        }

        @Test
        void partnerLeftBelowTheMinimumLevel() {
            String yaml = UPGRADE.replace("    - {system: SVC_A}\n", "")
                    .replace("{system: SVC_B, after: [SVC_A]}", "{system: SVC_B}");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.ERROR, "/systems/0/codeLevel", 4, 16, "8.3.0.0");
            assertTrue(f.message().contains("its partner 'SVC_A' (partnership 'p_ab') is left at 8.3.0.0"),
                    f.message());
        }

        @Test
        void noReleaseNotesForTheTargetLevelIsAWarning() {
            String yaml = UPGRADE.replace("level: 8.6.0.0", "level: 8.6.0.1");
            Finding f = only(yaml, ID);
            assertFinding(yaml, f, Severity.WARNING, "/upgrade/targetLevel", 36, 16, "8.6.0.0");
        }

        @Test
        void keptByAPlanThatMeetsItsReleaseNotes() {
            none(UPGRADE, ID);
        }

        @Test
        void noPlanNoFinding() {
            none(UPGRADE.substring(0, UPGRADE.indexOf("upgrade:\n")), ID);
        }
    }

    @Test
    void configsBuiltInCodeReportPathsWithoutLines() {
        Config c = Configs.parse(BACKEND);
        Config inCode = new Config(c.name(), c.systems(), c.controllers(), c.luns(), c.pools(), c.mdisks(),
                c.volumes(), c.hosts(), c.backendCopies(), c.partnerships(), c.remoteCopies(), c.flashCopies(),
                c.upgrade(), c.releaseNotes(), c.workload(), c.bounds(),
                io.copyproof.config.SourceMap.empty("in-code"));
        List<Finding> found = StaticRules.check(inCode);
        assertEquals(1, found.size());
        assertEquals("/volumes/0/cache", found.get(0).path());
        assertEquals(0, found.get(0).location().line());
    }
}
