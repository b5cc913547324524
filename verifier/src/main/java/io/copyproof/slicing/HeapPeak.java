package io.copyproof.slicing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap use of the process over a stretch of time, from the JVM's memory pools (their peak
 * counters are reset at the start). Slices run in parallel, so no single slice's figure is the peak.
 */
final class HeapPeak {
    private final List<MemoryPoolMXBean> pools;

    private HeapPeak(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    static HeapPeak start() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(heap);
    }

    /** The sum of the heap pools' peaks since {@link #start()} (an upper bound of the peak heap in use). */
    long peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) {
            if (p.isValid() && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
