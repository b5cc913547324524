package io.copyproof.rules;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.CacheMode;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Volume;
import io.copyproof.config.VolumeType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.copyproof.rules.Text.q;

/**
 * CS-CACHE-ENABLED-SOURCE: each volume over a backend copy's source or target LUN whose cache is
 * not {@code none} (at {@code cache}) or whose type is not {@code image} (at {@code type}); one
 * finding per volume and copy, at {@code cache} when the cache is wrong, else at {@code type}.
 */
final class CacheEnabledSourceRule implements Rule {
    static final String ID = "CS-CACHE-ENABLED-SOURCE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        for (BackendCopy c : config.backendCopies()) {
            Set<Volume> seen = new LinkedHashSet<>();
            for (String lun : List.of(c.source(), c.target())) {
                for (Volume v : d.volumesOver(lun)) {
                    if (!seen.add(v)) {
                        continue;
                    }
                    boolean cached = v.cache() != CacheMode.NONE;
                    // the copy over this LUN: copy 0 (the volume's own type), or a mirrored volume's copy 1
                    boolean notImage = overCopy0(d, v, lun) ? v.type() != VolumeType.IMAGE
                            : v.mirror().map(m -> m.type() != VolumeType.IMAGE).orElse(true);
                    if (!cached && !notImage) {
                        continue;
                    }
                    boolean source = d.lunsOf(v).contains(c.source());
                    String role = source ? "the source" : "the target";
                    String onLun = source ? c.source() : c.target();
                    StringBuilder m = new StringBuilder("volume ").append(q(v.id())).append(" is over LUN ")
                            .append(q(onLun)).append(", ").append(role).append(" of backend copy ").append(q(c.id()));
                    List<String> problems = new ArrayList<>();
                    if (cached) {
                        problems.add("with cache " + q(v.cache()) + ": " + (source
                                ? "the controller does not receive writes as the host writes them, so the copy can "
                                        + "miss acknowledged writes or hold them out of order"
                                : "the system does not see the writes the copy makes underneath it, so reads can "
                                        + "return stale data"));
                    }
                    if (notImage) {
                        problems.add("as a " + v.type() + " volume: its blocks are spread over pool extents, not "
                                + "kept 1:1 on the LUN, so the copy does not hold the volume as the host sees it");
                    }
                    m.append(", ").append(String.join("; and ", problems));
                    List<String> elements = List.of(v.id(), onLun, c.id());
                    out.add(Text.finding(config, ID, m.toString(), v, cached ? "cache" : "type", elements));
                }
            }
        }
    }

    /** Some block of the volume's copy 0 lives on the LUN (else only its copy 1 does). */
    private static boolean overCopy0(Derived d, Volume v, String lun) {
        for (int b = 0; d.lunOf(v, b).isPresent(); b++) {
            if (d.lunOf(v, b).get().equals(lun)) {
                return true;
            }
        }
        return false;
    }
}
