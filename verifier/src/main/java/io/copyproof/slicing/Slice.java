package io.copyproof.slicing;

import io.copyproof.config.Config;

import java.util.List;
import java.util.Map;

/**
 * One slice of a configuration: a valid sub-configuration holding the cone of influence of some
 * invariant instances, closed as {@link Slicer} describes. {@code key} is its canonical form up to
 * renaming (equal keys: the same configuration with other ids); {@code label} names it for people
 * (its first elements); {@code toWhole} maps each list of the configuration ({@code volumes},
 * {@code upgrade/steps}, ...) from the slice's indices to the whole configuration's, so that JSON
 * pointers of the slice can be rewritten to pointers into the original file.
 */
public record Slice(Config config, String key, String label, Map<String, int[]> toWhole) {
    public Slice {
        toWhole = Map.copyOf(toWhole);
    }

    /** The number of elements (volumes, hosts, copies, relationships, partnerships) the slice checks. */
    public int size() {
        return config.volumes().size() + config.hosts().size() + config.backendCopies().size()
                + config.remoteCopies().size() + config.flashCopies().size() + config.partnerships().size();
    }

    /**
     * A JSON pointer of the slice's configuration rewritten to the whole configuration's:
     * {@code /volumes/0/cache} becomes {@code /volumes/17/cache} when the slice's volume 0 is the
     * whole's volume 17. Pointers into lists the slice does not renumber are returned unchanged.
     */
    public String toWholePointer(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return pointer;
        }
        String[] parts = pointer.split("/", -1);
        int listAt = "upgrade".equals(parts[1]) && parts.length > 3 ? 2 : 1;
        String list = listAt == 2 ? "upgrade/steps" : parts[1];
        int[] map = toWhole.get(list);
        if (map == null || parts.length <= listAt + 1) {
            return pointer;
        }
        try {
            int i = Integer.parseInt(parts[listAt + 1]);
            if (i < 0 || i >= map.length) {
                return pointer;
            }
            parts[listAt + 1] = Integer.toString(map[i]);
            return String.join("/", List.of(parts));
        } catch (NumberFormatException e) {
            return pointer;
        }
    }
}
