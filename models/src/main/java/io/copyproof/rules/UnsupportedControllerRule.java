package io.copyproof.rules;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Controller;
import io.copyproof.config.CopyType;
import io.copyproof.config.Derived;
import io.copyproof.config.MDisk;

import java.util.ArrayList;
import java.util.List;

import static io.copyproof.rules.Text.q;

/**
 * CS-UNSUPPORTED-CONTROLLER: a backend copy whose source LUN's controller does not offer its type,
 * or one of whose ends (source LUN, target LUN) is virtualized while that LUN's own controller does
 * not support native copy under virtualization. At the copy's {@code type}.
 */
final class UnsupportedControllerRule implements Rule {
    static final String ID = "CS-UNSUPPORTED-CONTROLLER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        for (BackendCopy c : config.backendCopies()) {
            Controller ctl = config.controller(config.lun(c.source()).controller());
            List<String> elements = new ArrayList<>(List.of(c.id(), ctl.id(), c.source(), c.target()));
            List<String> reasons = new ArrayList<>();
            endReasons(config, d, c, c.source(), elements, reasons);
            Controller tgtCtl = config.controller(config.lun(c.target()).controller());
            if (!tgtCtl.id().equals(ctl.id())) {
                elements.add(tgtCtl.id());
            }
            endReasons(config, d, c, c.target(), elements, reasons);
            if (reasons.isEmpty()) {
                continue;
            }
            String message = "backend copy " + q(c.id()) + " (" + c.type() + ", " + q(c.source()) + " to "
                    + q(c.target()) + ") is not supported: " + String.join("; and ", reasons);
            out.add(Text.finding(config, ID, message, c, "type", elements));
        }
    }

    /**
     * The reasons one end of a copy (its source or its target LUN) is unsupported: the source LUN's
     * controller does not offer the copy type (the copy is its function), or that LUN is virtualized
     * while its own controller does not support native copy under virtualization. Each end is judged by its own controller, so a
     * replication to another array is checked on both arrays.
     */
    private static void endReasons(Config config, Derived d, BackendCopy c, String lun, List<String> elements,
                                   List<String> reasons) {
        Controller ctl = config.controller(config.lun(lun).controller());
        boolean sourceEnd = lun.equals(c.source());
        boolean offered = c.type() == CopyType.POINT_IN_TIME ? ctl.nativeCopy().pointInTime()
                : ctl.nativeCopy().replication();
        if (!offered && sourceEnd) { // the copy is the source array's function
            reasons.add("controller " + q(ctl.id()) + " (" + ctl.model() + ") does not offer native "
                    + c.type() + " copies (nativeCopy." + c.type() + " is false)");
        }
        if (ctl.nativeCopy().supportedUnderVirtualization()) {
            return;
        }
        List<String> virtualized = new ArrayList<>();
        for (MDisk m : d.virtualizingMDisks(lun)) {
            virtualized.add("LUN " + q(lun) + " is " + m.mode() + " MDisk " + q(m.id())
                    + " of system " + q(m.system()));
            elements.add(m.id());
        }
        if (!virtualized.isEmpty()) {
            reasons.add(String.join(", ", virtualized) + ", but controller " + q(ctl.id())
                    + " does not support native copy on virtualized LUNs "
                    + "(nativeCopy.supportedUnderVirtualization is false)");
        }
    }
}
