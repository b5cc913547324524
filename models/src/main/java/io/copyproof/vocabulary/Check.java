package io.copyproof.vocabulary;

import io.copyproof.rules.RuleInfo;
import io.copyproof.rules.RuleKind;
import io.copyproof.rules.Severity;

/**
 * Every rule and invariant copyproof checks, declared once: stable id, one-line title, kind,
 * default severity, rationale (why it matters, from the source material) and its source. Ids never
 * change meaning; new checks get new ids. {@link io.copyproof.rules.RuleCatalog} lists these; each
 * engine maps every invariant ({@link RuleKind#isInvariant()}) to its implementation with an
 * exhaustive {@code switch}, so a new constant here does not compile until both engines name an
 * implementation, and {@code VocabularyCoverageTest} fails naming any invariant an engine leaves
 * without one.
 */
public enum Check {
    CS_PIT_COMPLETE("CS-PIT-COMPLETE",
                    "A backend point-in-time copy holds every write acknowledged before it was taken",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "With the volume cache enabled the controller does not receive writes as the host writes them: "
                            + "a snapshot taken by the controller misses acknowledged writes still in the system's cache, "
                            + "so a target host that depends on them sees an older image.",
                    Sources.REDBOOK),
    CS_PIT_ORDER("CS-PIT-ORDER",
                    "A backend copy target never holds a write without the writes issued before it",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "The cache destages dirty blocks in any order, so the backend can hold a later dependent write "
                            + "without an earlier one; a copy taken then is not crash consistent.",
                    Sources.REDBOOK),
    CS_STALE_READ("CS-STALE-READ",
                    "A read through a volume returns what the backend LUN holds after a backend copy wrote it",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "The system does not see writes a backend copy makes underneath it; a read cache keeps serving "
                            + "the old data.",
                    Sources.REDBOOK),
    CS_TARGET_HOLDS_SVC_DATA("CS-TARGET-HOLDS-SVC-DATA",
                    "A backend copy never writes a LUN that holds system data",
                    RuleKind.INVARIANT_AND_STATIC, Severity.ERROR,
                    "Using a LUN with system data on it as a point-in-time target corrupts that data; if it is a managed "
                            + "MDisk the pool may go offline and every volume in it with it: widespread host access "
                            + "disruption. An image MDisk whose volume hosts only read and that takes part in no remote copy "
                            + "or FlashCopy mapping is the documented way to present a copy target and is allowed.",
                    Sources.REDBOOK),
    CS_MANAGED_LUN_SUSPENDED("CS-MANAGED-LUN-SUSPENDED",
                    "A LUN the system manages is never taken offline or suspended by a backend copy",
                    RuleKind.INVARIANT_AND_STATIC, Severity.ERROR,
                    "The controller may take a LUN offline or suspend I/O as part of its copy; the system does not know "
                            + "why and logs errors.",
                    Sources.REDBOOK),
    CS_UNSUPPORTED_CONTROLLER("CS-UNSUPPORTED-CONTROLLER",
                    "Native copy is configured only on controllers that support it under virtualization",
                    RuleKind.STATIC, Severity.ERROR,
                    "Native copy services are not supported on all storage controllers (IBM support document S1002852).",
                    Sources.REDBOOK),
    CS_CACHE_ENABLED_SOURCE("CS-CACHE-ENABLED-SOURCE",
                    "A volume over a LUN in a backend copy is cache-disabled and image mode",
                    RuleKind.STATIC, Severity.ERROR,
                    "Cache-disabled image-mode volumes keep data consistent through the I/O stack from host to "
                            + "controller; with the cache enabled the controller sees writes late and out of order.",
                    Sources.REDBOOK),
    CS_PIT_GROUP_ORDER("CS-PIT-GROUP-ORDER",
                    "Backend copies of LUNs one host writes are taken together, in one backend consistency group",
                    RuleKind.STATIC, Severity.ERROR,
                    "Copies of dependent LUNs (a database and its log) taken at different instants do not form one "
                            + "consistent image: the later copy can hold a write whose earlier, dependent write the "
                            + "other copy lacks. A backend consistency group takes its copies at one instant.",
                    Sources.REDBOOK),
    AV_VOLUME_ONLINE("AV-VOLUME-ONLINE",
                    "Every volume mapped to a host stays online and no host I/O times out",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "A pool taken offline takes every striped or sequential volume in it offline; upgrading partnered "
                            + "systems concurrently under stress can lead to a loss of availability.",
                    Sources.REDBOOK + "; " + Sources.REDBOOK_UPGRADE),
    RC_SYNC("RC-SYNC",
                    "A consistent_synchronized relationship leaves that state only by an operator stop",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "Upgrading both systems of a partnership concurrently can lead to a loss of synchronization.",
                    Sources.REDBOOK_UPGRADE),
    RC_SECONDARY_CONSISTENT("RC-SECONDARY-CONSISTENT",
                    "In a consistent state the aux volume holds a prefix of the master's acknowledged writes",
                    RuleKind.INVARIANT, Severity.ERROR,
                    "A secondary that is reported consistent must be usable for disaster recovery: it may lag, but "
                            + "never hold a later write without the earlier ones.",
                    Sources.REDBOOK_UPGRADE),
    UP_ONE_AT_A_TIME("UP-ONE-AT-A-TIME",
                    "Partnered systems do not upgrade concurrently",
                    RuleKind.STATIC, Severity.ERROR,
                    "Upgrade only one system of a partnership at a time; concurrent upgrades are not monitored by the "
                            + "upgrade process and can lose synchronization, and under stress availability.",
                    Sources.REDBOOK_UPGRADE),
    UP_COMPATIBLE_LEVELS("UP-COMPATIBLE-LEVELS",
                    "Partnered systems run code levels the release notes allow together at every step",
                    RuleKind.INVARIANT_AND_STATIC, Severity.ERROR,
                    "A partner below the minimum level the release notes name cannot stay connected.",
                    Sources.REDBOOK_UPGRADE),
    UP_RELEASE_NOTES("UP-RELEASE-NOTES",
                    "Every release-note constraint of the target level is met by the plan",
                    RuleKind.STATIC, Severity.ERROR,
                    "Always check the target code's release notes for special considerations on copy services.",
                    Sources.REDBOOK_UPGRADE);

    private static final class Sources {
        static final String REDBOOK = "Redbook, 'Native backend controller copy functions considerations'";
        static final String REDBOOK_UPGRADE = "Redbook, 'Remote Copy and code upgrade considerations'";
    }

    private final RuleInfo info;

    Check(String id, String title, RuleKind kind, Severity severity, String rationale, String source) {
        this.info = new RuleInfo(id, title, kind, severity, rationale, source);
    }

    /** The stable id ({@code CS-PIT-COMPLETE}). */
    public String id() {
        return info.id();
    }

    public RuleInfo info() {
        return info;
    }

    /** Whether engines check it over states. */
    public boolean isInvariant() {
        return info.kind().isInvariant();
    }

    /** The check of that id, if any. */
    public static java.util.Optional<Check> find(String id) {
        for (Check c : values()) {
            if (c.id().equals(id)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** The check of that id. */
    public static Check of(String id) {
        for (Check c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown rule id " + id);
    }
}
