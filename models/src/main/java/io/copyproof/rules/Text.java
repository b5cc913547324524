package io.copyproof.rules;

import io.copyproof.config.Config;
import io.copyproof.config.SourceLocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers the rules share to word messages and build findings. */
final class Text {
    private Text() {
    }

    /** {@code 'id'}. */
    static String q(Object id) {
        return "'" + id + "'";
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}; {@code none} when empty. */
    static String list(Collection<String> ids) {
        List<String> quoted = ids.stream().map(Text::q).collect(Collectors.toCollection(ArrayList::new));
        if (quoted.isEmpty()) {
            return "none";
        }
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        String last = quoted.remove(quoted.size() - 1);
        return String.join(", ", quoted) + " and " + last;
    }

    /** {@code volume 'a'} or {@code volumes 'a' and 'b'}. */
    static String noun(String kind, Collection<String> ids) {
        return (ids.size() == 1 ? kind + " " : kind + "s ") + list(ids);
    }

    /** A finding at field {@code field} of {@code element} ({@code field} empty: at the element). */
    static Finding finding(Config config, String id, Severity severity, String message, Object element, String field,
                           List<String> elements) {
        String path = config.pathOf(element) + (field.isEmpty() ? "" : "/" + field);
        SourceLocation location = field.isEmpty() ? config.locate(element) : config.locate(element, field);
        return new Finding(id, severity, message, location, path, elements.stream().distinct().toList());
    }

    /** A finding with the rule's catalog severity. */
    static Finding finding(Config config, String id, String message, Object element, String field,
                           List<String> elements) {
        return finding(config, id, RuleCatalog.get(id).defaultSeverity(), message, element, field, elements);
    }
}
