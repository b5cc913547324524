package io.copyproof.vocabulary;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The modelling choices ([M] items of docs/semantics.md) both engines rest on, declared once and
 * tagged by the element kinds they concern: a result lists those whose kinds its configuration has
 * (an assumption tagged with no kind always applies).
 */
public enum Assumption {
    STRIPED_PLACEMENT("A striped volume's block b lives on MDisk number (b mod n) of the n MDisks of its pool, in file order."),
    HOST_ORDER("The order of writes of different hosts is not judged: a block written by two hosts is accepted in either order."),
    READS_ON_TARGETS("Host reads are explored only for blocks on a backend copy target LUN, the only place where a read can observe something.",
            ElementKind.BACKEND_COPY),
    WRITE_THROUGH_DROPS("A write-through write drops the block's cached copy."),
    POOL_ONLINE("A pool is online only while every one of its MDisks is online."),
    STALE_READ("A cached read of a block that a backend copy replaced underneath the system is a stale read.",
            ElementKind.BACKEND_COPY),
    COPY_CHAINS("Chains of backend copies are cut at one level: a copy copies the source LUN's current content only.",
            ElementKind.BACKEND_COPY),
    STRESS_TIMEOUT("Under stress, a Metro Mirror write issued while both partnered systems have a node down times out at the host, which loses the volume.",
            ElementKind.PARTNERSHIP, ElementKind.RELATIONSHIP),
    CONCURRENT_UPGRADE("Upgrading both systems of a partnership at once may disconnect the partnership (how the documented loss of synchronization is modelled).",
            ElementKind.PARTNERSHIP, ElementKind.RELATIONSHIP),
    PARTNERSHIP_STATES("A partnership is either connected or disconnected; its partially configured states are not modelled.",
            ElementKind.PARTNERSHIP, ElementKind.RELATIONSHIP),
    NO_OPERATOR("Relationships are stopped and started by hand only by the operator steps of the upgrade plan; an operator stop is not a loss of synchronization.",
            ElementKind.PARTNERSHIP, ElementKind.RELATIONSHIP);

    /** Volume mirroring (docs/semantics.md §7.2), stated for a configuration with a mirrored volume. */
    static final String MIRROR_RESYNC = "A mirrored volume's copy that missed a write (its LUN was offline) stays out "
            + "of sync and is no longer read: resynchronization is not modelled; copy priority and latency modes are not either.";

    private final String text;
    private final Set<ElementKind> concerns;

    Assumption(String text, ElementKind... concerns) {
        this.text = text;
        this.concerns = concerns.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(concerns[0], concerns));
    }

    public String text() {
        return text;
    }

    /** The element kinds it is about; empty when it always applies. */
    public Set<ElementKind> concerns() {
        return concerns;
    }

    /**
     * The assumptions every engine states for {@code config} within {@code bounds}: those whose
     * element kinds the configuration has, then the bounds sentence (naming the upgrade plan only
     * when there is one).
     */
    public static List<String> statedFor(Config config, Bounds bounds) {
        Set<ElementKind> present = EnumSet.noneOf(ElementKind.class);
        if (!config.backendCopies().isEmpty()) {
            present.add(ElementKind.BACKEND_COPY);
        }
        if (!config.partnerships().isEmpty()) {
            present.add(ElementKind.PARTNERSHIP);
        }
        if (!config.remoteCopies().isEmpty()) {
            present.add(ElementKind.RELATIONSHIP);
        }
        if (!config.flashCopies().isEmpty()) {
            present.add(ElementKind.FLASH_COPY);
        }
        List<String> out = new ArrayList<>();
        for (Assumption a : values()) {
            if (a.appliesTo(present)) {
                out.add(a.text());
            }
        }
        if (config.volumes().stream().anyMatch(io.copyproof.config.Volume::mirrored)) {
            out.add(MIRROR_RESYNC);
        }
        out.add(cyclingBounds(boundsSentence(bounds, config.upgrade().isPresent()), config, bounds));
        return List.copyOf(out);
    }

    /**
     * With Global Mirror with change volumes the cycles are bounded too (semantics §9): the bounds
     * sentence says so, before its final period; unchanged without cycling relationships.
     */
    static String cyclingBounds(String sentence, Config config, Bounds bounds) {
        if (config.remoteCopies().stream().noneMatch(io.copyproof.config.RemoteCopy::cycling)) {
            return sentence;
        }
        int k = bounds.snapshotsPerCopy();
        return sentence.substring(0, sentence.length() - 1) + "; each consistency group in cycling mode cycles "
                + (k == 1 ? "once" : k == 2 ? "twice" : "up to " + k + " times") + ".";
    }

    /** The bounds a verdict holds within, as a sentence; {@code plan} names the upgrade plan. */
    public static String boundsSentence(Bounds bounds, boolean plan) {
        int k = bounds.snapshotsPerCopy();
        return "No counterexample within " + plural(bounds.writesPerHost(), "write") + " per host, "
                + plural(bounds.blocksPerVolume(), "block") + " per volume, each backend copy and FlashCopy "
                + "mapping taken " + (k == 1 ? "once" : k == 2 ? "twice" : "up to " + k + " times")
                + (plan ? ", and the upgrade plan as written." : ".");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whether it bears on a configuration that has elements of {@code present} kinds: any of its kinds. */
    public boolean appliesTo(Set<ElementKind> present) {
        return concerns.isEmpty() || concerns.stream().anyMatch(present::contains);
    }
}
