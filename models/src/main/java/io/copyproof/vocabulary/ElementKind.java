package io.copyproof.vocabulary;

/**
 * The kinds of configuration element the vocabulary speaks of. Each has one wire name, used as
 * an event argument's name (in every engine's trace, JSON, ITF and SARIF) and as the kind of a
 * state lane ({@code host:db_host}); the event arguments also name the Alloy signature they
 * range over.
 */
public enum ElementKind {
    HOST("host", "Host"),
    VOLUME("volume", "Volume"),
    /** A block index of a volume (an integer argument, not an element with an id). */
    BLOCK("block", "Block"),
    CACHE("cache", null),
    BACKEND_COPY("copy", "BackendCopy"),
    FLASH_COPY("flashCopy", "FlashCopy"),
    POOL("pool", "Pool"),
    MDISK("mdisk", null),
    LUN("lun", null),
    SYSTEM("system", "System"),
    IO_GROUP("ioGroup", null),
    NODE("node", "Node"),
    PARTNERSHIP("partnership", "Partnership"),
    RELATIONSHIP("relationship", "Rel"),
    /** A consistency group, or a stand-alone relationship's own group. */
    GROUP("group", "Group");

    private final String wire;
    private final String alloySig;

    ElementKind(String wire, String alloySig) {
        this.wire = wire;
        this.alloySig = alloySig;
    }

    /** The one name of this kind in traces and reports. */
    public String wire() {
        return wire;
    }

    /** The Alloy signature an event argument of this kind ranges over. */
    public String alloySig() {
        if (alloySig == null) {
            throw new IllegalStateException(wire + " is never an event argument");
        }
        return alloySig;
    }

    /** The lane name of element {@code id} of this kind: {@code kind:id}. */
    public String lane(String id) {
        return wire + ":" + id;
    }
}
