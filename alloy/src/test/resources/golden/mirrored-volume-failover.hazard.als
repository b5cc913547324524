-- The configuration
------------------------------------------------------------------------------------------------

-- block numbers and LUN positions
one sig I0, I1 extends Idx {}
-- code levels, in numeric order
one sig Lv_8_5_0_6 extends Level {}
-- systems
one sig Sys_SVC_A extends System {}
-- I/O groups
one sig Iog_SVC_A_io_grp0 extends IoGroup {}
-- nodes
one sig Node_A_node1, Node_A_node2 extends Node {}
-- backend controllers
one sig Ctl_v7k_1, Ctl_ds8k_1 extends Controller {}
-- LUNs
one sig Lun_lun_a1, Lun_lun_a2, Lun_lun_a3, Lun_lun_m, Lun_lun_src, Lun_lun_snap extends Lun {}
-- pools
one sig Pool_pool_a, Pool_pool_mirror, Pool_pool_img extends Pool {}
-- MDisks
one sig Md_md_a1, Md_md_a2, Md_md_a3, Md_md_m, Md_md_src extends MDisk {}
-- volumes
one sig Vol_db_vol, Vol_app_vol, Vol_logs_vol extends Volume {}
-- hosts
one sig Host_db_host, Host_app_host, Host_report_host extends Host {}
-- write ids (h, j), j = 1 .. writesPerHost, of each writing host
one sig W_db_host_1, W_db_host_2, W_app_host_1, W_app_host_2 extends Write {}
-- backend copies
one sig Copy_nightly_snap extends BackendCopy {}
-- no FlashCopy maps
-- no partnerships
-- no consistency groups (a relationship without one is its own group)
-- no remote-copy relationships
-- no operator steps of the upgrade plan

fact configuration {
  Block = I0 + I1
  Setting.snapshots = 1
  Setting.stress = False
  Setting.target = none
}

-- the topology, as the constant functions the library refers to
fun accepts: Level -> Level { Lv_8_5_0_6 -> Lv_8_5_0_6 }
fun level0: System -> Level { Sys_SVC_A -> Lv_8_5_0_6 }
fun hasStep: System -> Bool { Sys_SVC_A -> False }
fun afterSys: System -> System { { x0: System, x1: System | some none } }
fun gsys: IoGroup -> System { Iog_SVC_A_io_grp0 -> Sys_SVC_A }
fun nsys: Node -> System { Node_A_node1 -> Sys_SVC_A + Node_A_node2 -> Sys_SVC_A }
fun ngroup: Node -> IoGroup { Node_A_node1 -> Iog_SVC_A_io_grp0 + Node_A_node2 -> Iog_SVC_A_io_grp0 }
fun ctrl: Lun -> Controller { Lun_lun_a1 -> Ctl_ds8k_1 + Lun_lun_a2 -> Ctl_ds8k_1 + Lun_lun_a3 -> Ctl_ds8k_1 + Lun_lun_m -> Ctl_v7k_1 + Lun_lun_src -> Ctl_ds8k_1 + Lun_lun_snap -> Ctl_ds8k_1 }
fun positions: Lun -> Idx { Lun_lun_a1 -> I0 + Lun_lun_a1 -> I1 + Lun_lun_a2 -> I0 + Lun_lun_a2 -> I1 + Lun_lun_a3 -> I0 + Lun_lun_a3 -> I1 + Lun_lun_m -> I0 + Lun_lun_m -> I1 + Lun_lun_src -> I0 + Lun_lun_src -> I1 }
fun svcData: Lun -> Bool { Lun_lun_a1 -> True + Lun_lun_a2 -> True + Lun_lun_a3 -> True + Lun_lun_m -> True + Lun_lun_src -> True + Lun_lun_snap -> False }
fun psys: Pool -> System { Pool_pool_a -> Sys_SVC_A + Pool_pool_mirror -> Sys_SVC_A + Pool_pool_img -> Sys_SVC_A }
fun msys: MDisk -> System { Md_md_a1 -> Sys_SVC_A + Md_md_a2 -> Sys_SVC_A + Md_md_a3 -> Sys_SVC_A + Md_md_m -> Sys_SVC_A + Md_md_src -> Sys_SVC_A }
fun mlun: MDisk -> Lun { Md_md_a1 -> Lun_lun_a1 + Md_md_a2 -> Lun_lun_a2 + Md_md_a3 -> Lun_lun_a3 + Md_md_m -> Lun_lun_m + Md_md_src -> Lun_lun_src }
fun mode: MDisk -> MDiskMode { Md_md_a1 -> Managed + Md_md_a2 -> Managed + Md_md_a3 -> Managed + Md_md_m -> Managed + Md_md_src -> ImageMode }
fun mpool: MDisk -> Pool { Md_md_a1 -> Pool_pool_a + Md_md_a2 -> Pool_pool_a + Md_md_a3 -> Pool_pool_a + Md_md_m -> Pool_pool_mirror + Md_md_src -> Pool_pool_img }
fun vsys: Volume -> System { Vol_db_vol -> Sys_SVC_A + Vol_app_vol -> Sys_SVC_A + Vol_logs_vol -> Sys_SVC_A }
fun vgroup: Volume -> IoGroup { Vol_db_vol -> Iog_SVC_A_io_grp0 + Vol_app_vol -> Iog_SVC_A_io_grp0 + Vol_logs_vol -> Iog_SVC_A_io_grp0 }
fun vpool: Volume -> Pool { Vol_db_vol -> Pool_pool_img + Vol_app_vol -> Pool_pool_a + Vol_logs_vol -> Pool_pool_a }
fun vtype: Volume -> VolType { Vol_db_vol -> ImageType + Vol_app_vol -> Striped + Vol_logs_vol -> Striped }
fun vmdisk: Volume -> MDisk { Vol_db_vol -> Md_md_src }
fun cache: Volume -> CacheMode { Vol_db_vol -> NoCache + Vol_app_vol -> NoCache + Vol_logs_vol -> NoCache }
fun lunOf: Volume -> Idx -> Lun { Vol_db_vol -> I0 -> Lun_lun_src + Vol_db_vol -> I1 -> Lun_lun_src + Vol_app_vol -> I0 -> Lun_lun_a1 + Vol_app_vol -> I1 -> Lun_lun_a2 + Vol_logs_vol -> I0 -> Lun_lun_a1 + Vol_logs_vol -> I1 -> Lun_lun_a2 }
fun posOf: Volume -> Idx -> Idx { Vol_db_vol -> I0 -> I0 + Vol_db_vol -> I1 -> I1 + Vol_app_vol -> I0 -> I0 + Vol_app_vol -> I1 -> I0 + Vol_logs_vol -> I0 -> I1 + Vol_logs_vol -> I1 -> I1 }
fun mirrorLunOf: Volume -> Idx -> Lun { Vol_app_vol -> I0 -> Lun_lun_m + Vol_app_vol -> I1 -> Lun_lun_m }
fun mirrorPosOf: Volume -> Idx -> Idx { Vol_app_vol -> I0 -> I0 + Vol_app_vol -> I1 -> I1 }
fun mirrorPool: Volume -> Pool { Vol_app_vol -> Pool_pool_mirror }
fun mirrorMDisk: Volume -> MDisk { { x0: Volume, x1: MDisk | some none } }
fun maps: Host -> Volume { Host_db_host -> Vol_db_vol + Host_app_host -> Vol_app_vol + Host_app_host -> Vol_logs_vol }
fun readOnly: Host -> Bool { Host_db_host -> False + Host_app_host -> False + Host_report_host -> False }
fun writes: Host -> Write { Host_db_host -> W_db_host_1 + Host_db_host -> W_db_host_2 + Host_app_host -> W_app_host_1 + Host_app_host -> W_app_host_2 }
fun by: Write -> Host { W_db_host_1 -> Host_db_host + W_db_host_2 -> Host_db_host + W_app_host_1 -> Host_app_host + W_app_host_2 -> Host_app_host }
fun next: Write -> Write { W_db_host_1 -> W_db_host_2 + W_app_host_1 -> W_app_host_2 }
fun ctype: BackendCopy -> CopyType { Copy_nightly_snap -> PointInTime }
fun src: BackendCopy -> Lun { Copy_nightly_snap -> Lun_lun_src }
fun tgt: BackendCopy -> Lun { Copy_nightly_snap -> Lun_lun_a3 }
fun suspends: BackendCopy -> Bool { Copy_nightly_snap -> False }
fun members: BackendCopy -> BackendCopy { Copy_nightly_snap -> Copy_nightly_snap }
fun fsrc: FlashCopy -> Volume { { x0: FlashCopy, x1: Volume | some none } }
fun ftgt: FlashCopy -> Volume { { x0: FlashCopy, x1: Volume | some none } }
fun psystems: Partnership -> System { { x0: Partnership, x1: System | some none } }
fun rtype: Rel -> RcType { { x0: Rel, x1: RcType | some none } }
fun master: Rel -> Volume { { x0: Rel, x1: Volume | some none } }
fun aux: Rel -> Volume { { x0: Rel, x1: Volume | some none } }
fun group: Rel -> Group { { x0: Rel, x1: Group | some none } }
fun initial: Rel -> RcState { { x0: Rel, x1: RcState | some none } }
fun pship: Rel -> Partnership { { x0: Rel, x1: Partnership | some none } }
fun fileBefore: Rel -> Rel { { x0: Rel, x1: Rel | some none } }
fun rcycling: Rel -> Bool { { x0: Rel, x1: Bool | some none } }
fun opGroup: OpStep -> Group { { x0: OpStep, x1: Group | some none } }
fun opStops: OpStep -> Bool { { x0: OpStep, x1: Bool | some none } }
fun opAfterSys: OpStep -> System { { x0: OpStep, x1: System | some none } }
fun opAfterOps: OpStep -> OpStep { { x0: OpStep, x1: OpStep | some none } }
fun sysAfterOps: System -> OpStep { { x0: System, x1: OpStep | some none } }
fun paths: Host -> Node { { x0: Host, x1: Node | some none } }
fun reachable: Host -> Volume { maps }

------------------------------------------------------------------------------------------------
-- The checks
--
-- steps: any run of this configuration has at most 10 events (sum of the per-event maxima:
--   HostWrite 4, Destage 4, HostRead 0, GlobalReplicate 0, BackendCopy 1, PoolFault 1, FlashCopyStart 0, Upgrade 0, Partnership 0, RelationshipSynchronized 0, Operator 0, Cycle 0)
-- Each check only counts the events that can influence its invariant (their cone of influence:
-- deleting the other events from a counterexample leaves a counterexample), so a shortest
-- counterexample has at most the sum of their maxima, listed with the check. A check covers
-- min(that, cap 30) events; Alloy's steps count states and state 0 is the
-- initial state, so N events need 1..N+1 steps. Where the cap is below the invariant's bound
-- ("capped"), no counterexample means none within the cap only.
--
-- Each bounded check is preceded by the invariant's inductive check (library §5), on 2 states:
-- no counterexample there proves the invariant for runs of any length, whatever the cap.
------------------------------------------------------------------------------------------------

-- Some initial state exists: the engine runs this first, so that no check holds vacuously.
run someInitialState for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- Every invariant at once, by induction (copyproof.als §5): when this check finds no
-- counterexample, every invariant holds on runs of any length.
check ALL_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps

-- CS-PIT-COMPLETE: A backend point-in-time copy holds every write acknowledged before it was taken; its events BackendCopy, PoolFault, HostWrite, Destage: a shortest counterexample has at most 10 events
check CS_PIT_COMPLETE_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_PIT_COMPLETE for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..11 steps

-- CS-PIT-ORDER: A backend copy target never holds a write without the writes issued before it; its events BackendCopy, PoolFault, HostWrite, Destage: a shortest counterexample has at most 10 events
check CS_PIT_ORDER_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_PIT_ORDER for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..11 steps

-- CS-STALE-READ: A read through a volume returns what the backend LUN holds after a backend copy wrote it; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_STALE_READ_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_STALE_READ for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- CS-TARGET-HOLDS-SVC-DATA: A backend copy never writes a LUN that holds system data; its events BackendCopy: a shortest counterexample has at most 1 events
check CS_TARGET_HOLDS_SVC_DATA_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_TARGET_HOLDS_SVC_DATA for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..2 steps

-- CS-MANAGED-LUN-SUSPENDED: A LUN the system manages is never taken offline or suspended by a backend copy; its events BackendCopy: a shortest counterexample has at most 1 events
check CS_MANAGED_LUN_SUSPENDED_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_MANAGED_LUN_SUSPENDED for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..2 steps

-- AV-VOLUME-ONLINE: Every volume mapped to a host stays online and no host I/O times out; its events HostWrite, Destage, BackendCopy, PoolFault: a shortest counterexample has at most 10 events
check AV_VOLUME_ONLINE_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check AV_VOLUME_ONLINE for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..11 steps

-- RC-SYNC: A consistent_synchronized relationship leaves that state only by an operator stop; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check RC_SYNC_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check RC_SYNC for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- RC-SECONDARY-CONSISTENT: In a consistent state the aux volume holds a prefix of the master's acknowledged writes; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check RC_SECONDARY_CONSISTENT_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check RC_SECONDARY_CONSISTENT for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- UP-COMPATIBLE-LEVELS: Partnered systems run code levels the release notes allow together at every step; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check UP_COMPATIBLE_LEVELS_inductive for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check UP_COMPATIBLE_LEVELS for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 2 Controller, exactly 6 Lun, exactly 3 Pool, exactly 5 MDisk, exactly 3 Volume, exactly 3 Host, exactly 4 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

