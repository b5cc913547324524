package io.copyproof.semantics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExamplesTraceTest {

    static Map<String, String> shortest(String example) {
        StorageModel m = new StorageModel(Examples.load(example));
        NaiveSearch s = NaiveSearch.of(m);
        Map<String, String> out = new TreeMap<>();
        s.violations.forEach((k, v) -> out.put(k, v.length + ": " + String.join(", ",
                Arrays.stream(v).mapToObj(m::actionName).toList())));
        return out;
    }

    @Test
    void dump() {
        for (String e : List.of("backend-snapshot-cached", "pit-target-holds-svc-data", "managed-lun-suspended",
                "upgrade-concurrent-metro", "upgrade-concurrent-global", "upgrade-concurrent-metro-stress",
                "partner-below-min-level", "stale-read-cached-target", "dr-host-writes-aux",
                "release-notes-stop-global", "unsupported-controller")) {
            for (String kind : List.of(".hazard", ".safe")) {
                StorageModel m = new StorageModel(Examples.load(e + kind));
                NaiveSearch s = NaiveSearch.of(m);
                System.out.println(e + kind + " states=" + s.states() + " " + shortest(e + kind));
            }
        }
    }
}
