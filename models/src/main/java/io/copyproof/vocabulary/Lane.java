package io.copyproof.vocabulary;

/**
 * The state lanes every engine's trace is decoded into, declared once: the element kind a lane
 * belongs to (its actor is {@code kind:id}) and the variable's display name. Both engines decode
 * their states into these lanes (the explorer from its packed words, Alloy from its relations), so
 * a report names a lane the same way whichever engine found the trace.
 */
public enum Lane {
    WRITES_ACKNOWLEDGED(ElementKind.HOST, "writes acknowledged"),
    UPGRADE(ElementKind.SYSTEM, "upgrade"),
    CODE_LEVEL(ElementKind.SYSTEM, "code level"),
    NODE_STATE(ElementKind.NODE, "state"),
    NODE_CODE(ElementKind.NODE, "code"),
    PARTNERSHIP_STATE(ElementKind.PARTNERSHIP, "state"),
    RELATIONSHIP_STATE(ElementKind.RELATIONSHIP, "state"),
    NOT_YET_REPLICATED(ElementKind.RELATIONSHIP, "not yet replicated"),
    VOLUME_ACCESS(ElementKind.VOLUME, "access"),
    /** One lane per block: {@code block 0}, {@code block 1}, ... */
    CACHE_BLOCK(ElementKind.CACHE, "block"),
    POOL_STATE(ElementKind.POOL, "state"),
    MDISK_STATE(ElementKind.MDISK, "state"),
    /** One lane per position of the LUN, named after the volume block it holds. */
    LUN_POSITION(ElementKind.LUN, "position"),
    COPY_PHASE(ElementKind.BACKEND_COPY, "phase"),
    COPY_TIMES_TAKEN(ElementKind.BACKEND_COPY, "times taken"),
    COPY_OVERWROTE_SVC_DATA(ElementKind.BACKEND_COPY, "overwrote system data"),
    FLASH_COPY_TIMES_TAKEN(ElementKind.FLASH_COPY, "times taken"),
    /** The plan's operator step that stops the group: pending or done. */
    OPERATOR_STOP(ElementKind.GROUP, "stop step"),
    /** The plan's operator step that starts the group: pending or done. */
    OPERATOR_START(ElementKind.GROUP, "start step");

    private final ElementKind kind;
    private final String display;

    Lane(ElementKind kind, String display) {
        this.kind = kind;
        this.display = display;
    }

    public ElementKind kind() {
        return kind;
    }

    /** The variable's name in reports ({@code writes acknowledged}). */
    public String display() {
        return display;
    }

    /** The actor of element {@code id}: {@code host:db_host}. */
    public String actor(String id) {
        return kind.lane(id);
    }

    /** The variable name of an indexed lane ({@code block 1}). */
    public String display(int index) {
        return display + " " + index;
    }
}
