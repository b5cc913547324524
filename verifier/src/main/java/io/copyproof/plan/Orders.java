package io.copyproof.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every order (permutation) of a small list: each acyclic orientation of the partnership graph comes from one. */
final class Orders {
    private Orders() {
    }

    static void forEach(List<String> items, Consumer<List<String>> out) {
        permute(new ArrayList<>(items), 0, out);
    }

    private static void permute(List<String> a, int k, Consumer<List<String>> out) {
        if (k >= a.size()) {
            out.accept(List.copyOf(a));
            return;
        }
        for (int i = k; i < a.size(); i++) {
            java.util.Collections.swap(a, k, i);
            permute(a, k + 1, out);
            java.util.Collections.swap(a, k, i);
        }
    }
}
