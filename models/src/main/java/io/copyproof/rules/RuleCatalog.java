package io.copyproof.rules;

import java.util.List;
import java.util.Optional;

/**
 * Every rule and invariant copyproof checks, with its stable id. Ids never change meaning; new
 * checks get new ids. {@code ./copyproof rules} prints this catalog.
 */
public final class RuleCatalog {
    private static final String REDBOOK = "Redbook, 'Native backend controller copy functions considerations'";
    private static final String REDBOOK_UPGRADE = "Redbook, 'Remote Copy and code upgrade considerations'";

    private static final List<RuleInfo> ALL = List.of(
            new RuleInfo("CS-PIT-COMPLETE",
                    "A backend point-in-time copy holds every write acknowledged before it was taken",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "With the volume cache enabled the controller does not receive writes as the host writes them: "
                            + "a snapshot taken by the controller misses acknowledged writes still in the system's cache, "
                            + "so a target host that depends on them sees an older image.",
                    REDBOOK),
            new RuleInfo("CS-PIT-ORDER",
                    "A backend copy target never holds a write without the writes issued before it",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "The cache destages dirty blocks in any order, so the backend can hold a later dependent write "
                            + "without an earlier one; a copy taken then is not crash consistent.",
                    REDBOOK),
            new RuleInfo("CS-STALE-READ",
                    "A read through a volume returns what the backend LUN holds after a backend copy wrote it",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "The system does not see writes a backend copy makes underneath it; a read cache keeps serving "
                            + "the old data.",
                    REDBOOK),
            new RuleInfo("CS-TARGET-HOLDS-SVC-DATA",
                    "A backend copy never writes a LUN that holds system data",
                    RuleKind.INVARIANT_AND_STATIC, Severity.ERROR,
                    "Using a LUN with system data on it as a point-in-time target corrupts that data; if it is a managed "
                            + "MDisk the pool may go offline and every volume in it with it: widespread host access "
                            + "disruption. An image MDisk whose volume hosts only read is the documented way to present "
                            + "a copy target and is allowed.",
                    REDBOOK),
            new RuleInfo("CS-MANAGED-LUN-SUSPENDED",
                    "A LUN the system manages is never taken offline or suspended by a backend copy",
                    RuleKind.INVARIANT_AND_STATIC, Severity.ERROR,
                    "The controller may take a LUN offline or suspend I/O as part of its copy; the system does not know "
                            + "why and logs errors. Keep such a LUN unmanaged until full access is granted.",
                    REDBOOK),
            new RuleInfo("CS-UNSUPPORTED-CONTROLLER",
                    "Native copy is configured only on controllers that support it under virtualization",
                    RuleKind.STATIC, Severity.ERROR,
                    "Native copy services are not supported on all storage controllers (IBM support document S1002852).",
                    REDBOOK),
            new RuleInfo("CS-CACHE-ENABLED-SOURCE",
                    "A volume over a LUN in a backend copy is cache-disabled and image mode",
                    RuleKind.STATIC, Severity.ERROR,
                    "Cache-disabled image-mode volumes keep data consistent through the I/O stack from host to "
                            + "controller; with the cache enabled the controller sees writes late and out of order.",
                    REDBOOK),
            new RuleInfo("AV-VOLUME-ONLINE",
                    "Every volume mapped to a host stays online and no host I/O times out",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "A pool taken offline takes every striped or sequential volume in it offline; upgrading partnered "
                            + "systems concurrently under stress can lead to a loss of availability.",
                    REDBOOK + "; " + REDBOOK_UPGRADE),
            new RuleInfo("RC-SYNC",
                    "A consistent_synchronized relationship leaves that state only by an operator stop",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "Upgrading both systems of a partnership concurrently can lead to a loss of synchronization.",
                    REDBOOK_UPGRADE),
            new RuleInfo("RC-SECONDARY-CONSISTENT",
                    "In a consistent state the aux volume holds a prefix of the master's acknowledged writes",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "A secondary that is reported consistent must be usable for disaster recovery: it may lag, but "
                            + "never hold a later write without the earlier ones.",
                    REDBOOK_UPGRADE),
            new RuleInfo("UP-ONE-AT-A-TIME",
                    "Partnered systems do not upgrade concurrently",
                    RuleKind.STATIC, Severity.ERROR,
                    "Upgrade only one system of a partnership at a time; concurrent upgrades are not monitored by the "
                            + "upgrade process and can lose synchronization, and under stress availability.",
                    REDBOOK_UPGRADE),
            new RuleInfo("UP-COMPATIBLE-LEVELS",
                    "Partnered systems run code levels the release notes allow together at every step",
                    RuleKind.INVARIANT_AND_STATIC, Severity.ERROR,
                    "A partner below the minimum level the release notes name cannot stay connected.",
                    REDBOOK_UPGRADE),
            new RuleInfo("UP-RELEASE-NOTES",
                    "Every release-note constraint of the target level is met by the plan",
                    RuleKind.STATIC, Severity.ERROR,
                    "Always check the target code's release notes for special considerations on copy services.",
                    REDBOOK_UPGRADE));

    private RuleCatalog() {
    }

    /** Every rule and invariant, in catalog order. */
    public static List<RuleInfo> all() {
        return ALL;
    }

    /** The rules that {@code verify} checks statically. */
    public static List<RuleInfo> staticRules() {
        return ALL.stream().filter(r -> r.kind().isStatic()).toList();
    }

    /** The invariants the explorer and the Alloy engine check. */
    public static List<RuleInfo> invariants() {
        return ALL.stream().filter(r -> r.kind().isInvariant()).toList();
    }

    public static Optional<RuleInfo> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static RuleInfo get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule id " + id));
    }
}
