package io.copyproof.config;

import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The volume field {@code copies} (volume mirroring): parsing, located validation errors, Derived's placement. */
class VolumeMirroringTest {

    /** BASE plus a third pool on SVC_A with an image MDisk; the volume starts at line 26. */
    private static final String POOLS = ConfigLoaderTest.BASE.replace("  - {id: lun2, controller: ctl}\n",
            "  - {id: lun2, controller: ctl}\n  - {id: lun3, controller: ctl}\n")
            .replace("  - {id: pool_b, system: SVC_B}\n", "  - {id: pool_b, system: SVC_B}\n  - {id: pool_c, system: SVC_A}\n")
            + "  - {id: md3, system: SVC_A, lun: lun3, mode: image, pool: pool_c}\n"
            + "volumes:\n";

    private static String volume(String copies) {
        return POOLS + "  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, copies: " + copies + "}\n";
    }

    private static String show(List<ConfigError> errors) {
        return errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }

    private static void only(String yaml, String path, String text) {
        // md3 (image) unused by a test's copies is reported too; that error is not the one under test
        List<ConfigError> errors = Configs.errors(yaml).stream()
                .filter(e -> !e.message().contains("no image volume uses it")).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got:\n" + show(errors));
        ConfigError e = errors.get(0);
        assertEquals(path, e.path(), e::toString);
        assertTrue(e.location().line() > 0, e::toString);
        assertTrue(e.message().contains(text), () -> "message of " + e + " lacks '" + text + "'");
    }

    @Test
    void twoCopiesInTwoPoolsPlaceCopyOneOnItsOwnLun() {
        Config c = Configs.parse(volume("[{pool: pool_a}, {pool: pool_c, type: image, mdisk: md3}]"));
        Volume v = c.volume("v");
        assertTrue(v.mirrored());
        assertEquals(new VolumeCopy("pool_c", VolumeType.IMAGE, Optional.of("md3")), v.mirror().orElseThrow());
        Derived d = Derived.of(c);
        assertEquals(Optional.of("lun1"), d.lunOf(v, 1));
        assertEquals(Optional.of("lun3"), d.mirrorLunOf(v, 1));
        assertEquals(1, d.mirrorPosOf("v", 1));
        assertEquals(List.of("lun1", "lun3"), d.lunsOf(v));
        assertEquals(List.of(v), d.volumesOver("lun3"));
        assertEquals(Optional.of(v), d.imageVolumeOf(c.mdisk("md3")));
        // an image copy of a volume a host writes holds system data, like an image volume
        Config written = Configs.parse(volume("[{pool: pool_a}, {pool: pool_c, type: image, mdisk: md3}]")
                + "hosts:\n  - {id: h, volumes: [v]}\n");
        assertTrue(Derived.of(written).holdsSystemData("lun3"));
    }

    /** BASE with pool_c of three managed MDisks on SVC_A (lun3..lun5) and v mirrored into it; line 26 on. */
    private static String stripedCopyOne(String backendCopy) {
        String yaml = ConfigLoaderTest.BASE.replace("  - {id: lun2, controller: ctl}\n",
                        "  - {id: lun2, controller: ctl}\n  - {id: lun3, controller: ctl}\n"
                                + "  - {id: lun4, controller: ctl}\n  - {id: lun5, controller: ctl}\n")
                .replace("  - {id: pool_b, system: SVC_B}\n", "  - {id: pool_b, system: SVC_B}\n  - {id: pool_c, system: SVC_A}\n")
                + "  - {id: md3, system: SVC_A, lun: lun3, mode: managed, pool: pool_c}\n"
                + "  - {id: md4, system: SVC_A, lun: lun4, mode: managed, pool: pool_c}\n"
                + "  - {id: md5, system: SVC_A, lun: lun5, mode: managed, pool: pool_c}\n"
                + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, copies: [{pool: pool_a}, {pool: pool_c}]}\n"
                + "hosts:\n  - {id: h, volumes: [v]}\n";
        return yaml + "backendCopies:\n  - " + backendCopy + "\n";
    }

    @Test
    void aStripedCopyOneSpreadsOverTheManagedMDisksOfItsPool() {
        Config c = Configs.parse(stripedCopyOne("{id: k, type: pointInTime, source: lun2, target: lun5}"));
        // two blocks stripe over md3 and md4, after the primary blocks of those LUNs (none here)
        Derived d = Derived.of(c, 2);
        assertEquals(List.of("lun1", "lun3", "lun4"), d.lunsOf(c.volume("v")));
        assertEquals(0, d.mirrorPosOf("v", 1));
        // with three blocks the third lives on lun5, the copy's target
        assertEquals(Optional.of("lun5"), Derived.of(c, 3).mirrorLunOf(c.volume("v"), 2));
    }

    @Test
    void aStripedCopyOneNeedsAManagedMDiskInItsPool() {
        // pool_c holds only the image MDisk md3: an image MDisk belongs to its one image volume copy
        only(volume("[{pool: pool_a}, {pool: pool_c}]"), "/volumes/0/copies/1/pool", "which has no managed MDisk");
    }

    @Test
    void aMirroredVolumeHasExactlyTwoCopies() {
        only(volume("[{pool: pool_a}]"), "/volumes/0/copies", "lists 1 copy; a mirrored volume has exactly two");
    }

    @Test
    void copyZeroIsTheVolumesOwnPlacement() {
        only(volume("[{pool: pool_c}, {pool: pool_a}]"), "/volumes/0/copies/0/pool", "copy 0 names pool 'pool_c'");
        only(volume("[{pool: pool_a, type: sequential}, {pool: pool_c, type: image, mdisk: md3}]"), "/volumes/0/copies/0/type",
                "is striped but its copy 0 is sequential");
    }

    @Test
    void theCopiesAreInTwoDistinctPoolsOfTheVolumesSystem() {
        only(volume("[{pool: pool_a}, {pool: pool_a}]"), "/volumes/0/copies/1/pool", "two distinct pools");
        only(volume("[{pool: pool_a}, {pool: pool_b}]"), "/volumes/0/copies/1/pool", "of system 'SVC_B'");
        only(volume("[{pool: pool_a}, {pool: pool_x}]"), "/volumes/0/copies/1/pool", "no pool with that id");
    }

    @Test
    void copyOneTypeAndMdiskAreConsistent() {
        only(volume("[{pool: pool_a}, {pool: pool_c, type: image}]"), "/volumes/0/copies/1/mdisk", "names no MDisk");
        only(volume("[{pool: pool_a}, {pool: pool_c, mdisk: md3}]"), "/volumes/0/copies/1/mdisk", "is striped but names");
        only(volume("[{pool: pool_a}, {pool: pool_c, type: sequential, mdisk: md3}]"), "/volumes/0/copies/1/mdisk",
                "needs a managed MDisk");
        only(volume("[{pool: pool_a}, {pool: pool_c, type: image, mdisk: md3, cache: none}]"),
                "/volumes/0/copies/1/cache", "cache");
    }

    @Test
    void anImageMdiskHoldsOneVolumeCopy() {
        only(volume("[{pool: pool_a}, {pool: pool_c, type: image, mdisk: md3}]")
                        + "  - {id: w, system: SVC_A, ioGroup: io_grp0, pool: pool_c, type: image, mdisk: md3}\n",
                "/volumes/0/copies/1/mdisk", "both use image MDisk 'md3'");
    }
}
