package io.copyproof.config;

import io.copyproof.vocabulary.ElementKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole validated configuration (see the configuration reference in README.md). Lists keep the
 * order of the file; {@link #sources()} says where each element and field stands in it.
 *
 * <p>Every reference in a {@code Config} that came from {@link ConfigLoader} resolves: lookups
 * by id ({@link #volume(String)} and friends) never fail for ids the configuration itself uses.
 */
public record Config(
        String name,
        List<StorageSystem> systems,
        List<Controller> controllers,
        List<Lun> luns,
        List<Pool> pools,
        List<MDisk> mdisks,
        List<Volume> volumes,
        List<Host> hosts,
        List<BackendCopy> backendCopies,
        List<Partnership> partnerships,
        List<RemoteCopy> remoteCopies,
        List<FlashCopy> flashCopies,
        Optional<Upgrade> upgrade,
        List<ReleaseNote> releaseNotes,
        Workload workload,
        Bounds bounds,
        SourceMap sources) {

    public Config {
        Objects.requireNonNull(name, "name");
        systems = List.copyOf(systems);
        controllers = List.copyOf(controllers);
        luns = List.copyOf(luns);
        pools = List.copyOf(pools);
        mdisks = List.copyOf(mdisks);
        volumes = List.copyOf(volumes);
        hosts = List.copyOf(hosts);
        backendCopies = List.copyOf(backendCopies);
        partnerships = List.copyOf(partnerships);
        remoteCopies = List.copyOf(remoteCopies);
        flashCopies = List.copyOf(flashCopies);
        releaseNotes = List.copyOf(releaseNotes);
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(sources, "sources");
    }

    // ---- lookups by id -------------------------------------------------------------------

    public StorageSystem system(String id) {
        return find(systems, StorageSystem::id, id, "system");
    }

    public Controller controller(String id) {
        return find(controllers, Controller::id, id, "controller");
    }

    public Lun lun(String id) {
        return find(luns, Lun::id, id, "LUN");
    }

    public Pool pool(String id) {
        return find(pools, Pool::id, id, "pool");
    }

    public MDisk mdisk(String id) {
        return find(mdisks, MDisk::id, id, "MDisk");
    }

    public Volume volume(String id) {
        return find(volumes, Volume::id, id, "volume");
    }

    public Host host(String id) {
        return find(hosts, Host::id, id, "host");
    }

    public BackendCopy backendCopy(String id) {
        return find(backendCopies, BackendCopy::id, id, "backend copy");
    }

    public RemoteCopy remoteCopy(String id) {
        return find(remoteCopies, RemoteCopy::id, id, "remote copy");
    }

    /** The I/O group {@code ioGroupId} of system {@code systemId}. */
    public IoGroup ioGroup(String systemId, String ioGroupId) {
        return find(system(systemId).ioGroups(), IoGroup::id, ioGroupId, "I/O group");
    }

    /** MDisks of a pool, in file order. */
    public List<MDisk> mdisksOf(String poolId) {
        return mdisks.stream().filter(m -> m.pool().filter(poolId::equals).isPresent()).toList();
    }

    /** MDisks (of any system) that present the LUN, in file order. */
    public List<MDisk> mdisksOnLun(String lunId) {
        return mdisks.stream().filter(m -> m.lun().equals(lunId)).toList();
    }

    /** Volumes in a pool, in file order. */
    public List<Volume> volumesIn(String poolId) {
        return volumes.stream().filter(v -> v.pool().equals(poolId)).toList();
    }

    /** Hosts that map the volume, in file order. */
    public List<Host> hostsOf(String volumeId) {
        return hosts.stream().filter(h -> h.volumes().contains(volumeId)).toList();
    }

    /** The partnership between two systems, if any. */
    public Optional<Partnership> partnershipBetween(String a, String b) {
        return partnerships.stream().filter(p -> p.involves(a) && p.involves(b) && !a.equals(b)).findFirst();
    }

    /** The release notes of a level, if any. */
    public Optional<ReleaseNote> releaseNote(CodeLevel level) {
        return releaseNotes.stream().filter(r -> r.level().equals(level)).findFirst();
    }

    // ---- source positions ----------------------------------------------------------------

    /**
     * The JSON pointer of an element of this configuration ({@code /volumes/3}), found by
     * identity in its list; the root pointer {@code ""} for an element that is not part of it.
     */
    public String pathOf(Object element) {
        String[] names = {"systems", "controllers", "luns", "pools", "mdisks", "volumes", "hosts",
                "backendCopies", "partnerships", "remoteCopies", "flashCopies", "releaseNotes"};
        List<?>[] lists = {systems, controllers, luns, pools, mdisks, volumes, hosts, backendCopies,
                partnerships, remoteCopies, flashCopies, releaseNotes};
        for (int k = 0; k < lists.length; k++) {
            List<?> list = lists[k];
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == element) {
                    return "/" + names[k] + "/" + i;
                }
            }
        }
        for (int s = 0; s < systems.size(); s++) {
            List<IoGroup> groups = systems.get(s).ioGroups();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g) == element) {
                    return "/systems/" + s + "/ioGroups/" + g;
                }
            }
        }
        if (upgrade.isPresent()) {
            List<? extends PlanStep> steps = upgrade.get().plan();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) == element) {
                    return "/upgrade/steps/" + i;
                }
            }
            if (upgrade.get() == element) {
                return "/upgrade";
            }
        }
        return "";
    }

    /**
     * The element a step of a trace acts on, from the step's arguments by name (as both engines
     * name them): the copy, FlashCopy map, relationship or consistency group (its first
     * relationship), else the volume, else a node's I/O group, else the system's upgrade step (or
     * the system), else the pool, else the partnership. Empty when none is named or found.
     */
    public Optional<Object> subjectOf(Map<String, ?> args) {
        Object a;
        if ((a = args.get(ElementKind.BACKEND_COPY.wire())) != null) {
            return first(backendCopies, BackendCopy::id, a);
        }
        if ((a = args.get(ElementKind.FLASH_COPY.wire())) != null) {
            return first(flashCopies, FlashCopy::id, a);
        }
        if ((a = args.get(ElementKind.RELATIONSHIP.wire())) != null) {
            return first(remoteCopies, RemoteCopy::id, a);
        }
        if ((a = args.get(ElementKind.GROUP.wire())) != null) {
            Object g = a;
            return remoteCopies.stream().filter(r -> r.consistencyGroup().orElse(r.id()).equals(g))
                    .findFirst().map(r -> (Object) r);
        }
        if ((a = args.get(ElementKind.VOLUME.wire())) != null) {
            return first(volumes, Volume::id, a);
        }
        Object sys = args.get(ElementKind.SYSTEM.wire());
        if ((a = args.get(ElementKind.NODE.wire())) != null && sys != null) {
            Object node = a;
            return systems.stream().filter(s -> s.id().equals(sys)).flatMap(s -> s.ioGroups().stream())
                    .filter(g -> g.nodes().contains(node)).findFirst().map(g -> (Object) g);
        }
        if (sys != null) {
            Optional<Object> step = upgrade.flatMap(u -> u.steps().stream().filter(st -> st.system().equals(sys))
                    .findFirst()).map(st -> (Object) st);
            return step.isPresent() ? step : first(systems, StorageSystem::id, sys);
        }
        if ((a = args.get(ElementKind.POOL.wire())) != null) {
            return first(pools, Pool::id, a);
        }
        if ((a = args.get(ElementKind.PARTNERSHIP.wire())) != null) {
            return first(partnerships, Partnership::id, a);
        }
        return Optional.empty();
    }

    private static <T> Optional<Object> first(List<T> list, Function<T, String> id, Object wanted) {
        return list.stream().filter(x -> id.apply(x).equals(wanted)).findFirst().map(x -> (Object) x);
    }

    /** Where an element stands in the file. */
    public SourceLocation locate(Object element) {
        return sources.locate(pathOf(element));
    }

    /** Where a field of an element stands in the file (the element when the field was omitted). */
    public SourceLocation locate(Object element, String field) {
        return sources.locate(pathOf(element) + "/" + field);
    }

    /** The file this configuration was loaded from. */
    public String file() {
        return sources.file();
    }

    private static <T> T find(List<T> list, Function<T, String> id, String wanted, String kind) {
        for (T t : list) {
            if (id.apply(t).equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no " + kind + " with id '" + wanted + "'");
    }

    /** Index of each element by id, for code that needs many lookups. */
    public static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
