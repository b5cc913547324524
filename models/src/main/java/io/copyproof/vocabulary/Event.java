package io.copyproof.vocabulary;

import java.util.List;

import static io.copyproof.vocabulary.ElementKind.BACKEND_COPY;
import static io.copyproof.vocabulary.ElementKind.BLOCK;
import static io.copyproof.vocabulary.ElementKind.FLASH_COPY;
import static io.copyproof.vocabulary.ElementKind.GROUP;
import static io.copyproof.vocabulary.ElementKind.HOST;
import static io.copyproof.vocabulary.ElementKind.NODE;
import static io.copyproof.vocabulary.ElementKind.PARTNERSHIP;
import static io.copyproof.vocabulary.ElementKind.POOL;
import static io.copyproof.vocabulary.ElementKind.RELATIONSHIP;
import static io.copyproof.vocabulary.ElementKind.SYSTEM;
import static io.copyproof.vocabulary.ElementKind.VOLUME;

/**
 * The events of docs/semantics.md §3, declared once: the name (also the Alloy library's predicate
 * name) and the typed arguments, in order. The explorer's action codes are the ordinals, the
 * Alloy trace reader evaluates {@link #name()} over {@link #args()}, and every trace step names
 * its arguments by {@link ElementKind#wire()}. A new event added here makes every exhaustive
 * {@code switch} over events fail to compile until each engine and the narrator handle it.
 */
public enum Event {
    HOST_WRITE("HostWrite", HOST, VOLUME, BLOCK),
    DESTAGE("Destage", VOLUME, BLOCK),
    HOST_READ("HostRead", HOST, VOLUME, BLOCK),
    LUN_SUSPEND("LunSuspend", BACKEND_COPY),
    BACKEND_SNAPSHOT("BackendSnapshot", BACKEND_COPY),
    BACKEND_REPLICATE("BackendReplicate", BACKEND_COPY),
    LUN_RESUME("LunResume", BACKEND_COPY),
    POOL_FAULT("PoolFault", POOL),
    FLASH_COPY_START("FlashCopyStart", FLASH_COPY),
    UPGRADE_START("UpgradeStart", SYSTEM),
    NODE_DOWN("NodeDown", SYSTEM, NODE),
    NODE_UP("NodeUp", SYSTEM, NODE),
    UPGRADE_COMMIT("UpgradeCommit", SYSTEM),
    PARTNERSHIP_FAULT("PartnershipFault", PARTNERSHIP),
    PARTNERSHIP_RESTORE("PartnershipRestore", PARTNERSHIP),
    GLOBAL_REPLICATE("GlobalReplicate", GROUP),
    RELATIONSHIP_SYNCHRONIZED("RelationshipSynchronized", RELATIONSHIP),
    /** An operator step of the plan stops a consistency group (or a relationship outside one). */
    RELATIONSHIP_STOP("RelationshipStop", GROUP),
    /** An operator step of the plan starts a stopped consistency group: it resynchronizes. */
    RELATIONSHIP_START("RelationshipStart", GROUP),
    /** Global Mirror with change volumes: a cycle freezes the masters' content. */
    CYCLE_START("CycleStart", GROUP),
    CYCLE_COMPLETE("CycleComplete", GROUP);

    private static final Event[] VALUES = values();

    private final String wire;
    private final List<ElementKind> args;

    Event(String wire, ElementKind... args) {
        this.wire = wire;
        this.args = List.of(args);
    }

    /** The event's name in traces, reports and the Alloy library ({@code HostWrite}). */
    public String wire() {
        return wire;
    }

    /** The argument kinds, in order. */
    public List<ElementKind> args() {
        return args;
    }

    /** The argument names, in order ({@code host, volume, block}). */
    public List<String> argNames() {
        return args.stream().map(ElementKind::wire).toList();
    }

    /** The event with this ordinal (an explorer action code's kind). */
    public static Event ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** The event of that wire name. */
    public static Event of(String wire) {
        for (Event e : VALUES) {
            if (e.wire.equals(wire)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown event " + wire);
    }
}
