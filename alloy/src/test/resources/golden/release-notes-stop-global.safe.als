-- The configuration
------------------------------------------------------------------------------------------------

-- block numbers and LUN positions
one sig I0, I1 extends Idx {}
-- code levels, in numeric order
one sig Lv_8_4_0_0, Lv_8_5_0_6, Lv_8_6_0_0 extends Level {}
-- systems
one sig Sys_SVC_A, Sys_SVC_B extends System {}
-- I/O groups
one sig Iog_SVC_A_io_grp0, Iog_SVC_B_io_grp0 extends IoGroup {}
-- nodes
one sig Node_A_node1, Node_A_node2, Node_B_node1, Node_B_node2 extends Node {}
-- backend controllers
one sig Ctl_v7k_site_a, Ctl_v7k_site_b extends Controller {}
-- LUNs
one sig Lun_lun_a1, Lun_lun_b1 extends Lun {}
-- pools
one sig Pool_pool_a, Pool_pool_b extends Pool {}
-- MDisks
one sig Md_md_a1, Md_md_b1 extends MDisk {}
-- volumes
one sig Vol_db_vol, Vol_db_vol_dr extends Volume {}
-- hosts
one sig Host_db_host extends Host {}
-- write ids (h, j), j = 1 .. writesPerHost, of each writing host
one sig W_db_host_1, W_db_host_2 extends Write {}
-- no backend copies
-- no FlashCopy maps
-- partnerships
one sig Ps_p_ab extends Partnership {}
-- consistency groups (a relationship without one is its own group)
one sig Grp_rc_db extends Group {}
-- remote-copy relationships
one sig Rel_rc_db extends Rel {}
-- no operator steps of the upgrade plan

fact configuration {
  Block = I0 + I1
  Setting.snapshots = 1
  Setting.stress = False
  Setting.target = Lv_8_6_0_0
}

-- the topology, as the constant functions the library refers to
fun accepts: Level -> Level { Lv_8_4_0_0 -> Lv_8_4_0_0 + Lv_8_4_0_0 -> Lv_8_5_0_6 + Lv_8_4_0_0 -> Lv_8_6_0_0 + Lv_8_5_0_6 -> Lv_8_4_0_0 + Lv_8_5_0_6 -> Lv_8_5_0_6 + Lv_8_5_0_6 -> Lv_8_6_0_0 + Lv_8_6_0_0 -> Lv_8_4_0_0 + Lv_8_6_0_0 -> Lv_8_5_0_6 + Lv_8_6_0_0 -> Lv_8_6_0_0 }
fun level0: System -> Level { Sys_SVC_A -> Lv_8_5_0_6 + Sys_SVC_B -> Lv_8_5_0_6 }
fun hasStep: System -> Bool { Sys_SVC_A -> True + Sys_SVC_B -> True }
fun afterSys: System -> System { Sys_SVC_B -> Sys_SVC_A }
fun gsys: IoGroup -> System { Iog_SVC_A_io_grp0 -> Sys_SVC_A + Iog_SVC_B_io_grp0 -> Sys_SVC_B }
fun nsys: Node -> System { Node_A_node1 -> Sys_SVC_A + Node_A_node2 -> Sys_SVC_A + Node_B_node1 -> Sys_SVC_B + Node_B_node2 -> Sys_SVC_B }
fun ngroup: Node -> IoGroup { Node_A_node1 -> Iog_SVC_A_io_grp0 + Node_A_node2 -> Iog_SVC_A_io_grp0 + Node_B_node1 -> Iog_SVC_B_io_grp0 + Node_B_node2 -> Iog_SVC_B_io_grp0 }
fun ctrl: Lun -> Controller { Lun_lun_a1 -> Ctl_v7k_site_a + Lun_lun_b1 -> Ctl_v7k_site_b }
fun positions: Lun -> Idx { Lun_lun_a1 -> I0 + Lun_lun_a1 -> I1 + Lun_lun_b1 -> I0 + Lun_lun_b1 -> I1 }
fun svcData: Lun -> Bool { Lun_lun_a1 -> True + Lun_lun_b1 -> True }
fun psys: Pool -> System { Pool_pool_a -> Sys_SVC_A + Pool_pool_b -> Sys_SVC_B }
fun msys: MDisk -> System { Md_md_a1 -> Sys_SVC_A + Md_md_b1 -> Sys_SVC_B }
fun mlun: MDisk -> Lun { Md_md_a1 -> Lun_lun_a1 + Md_md_b1 -> Lun_lun_b1 }
fun mode: MDisk -> MDiskMode { Md_md_a1 -> Managed + Md_md_b1 -> Managed }
fun mpool: MDisk -> Pool { Md_md_a1 -> Pool_pool_a + Md_md_b1 -> Pool_pool_b }
fun vsys: Volume -> System { Vol_db_vol -> Sys_SVC_A + Vol_db_vol_dr -> Sys_SVC_B }
fun vgroup: Volume -> IoGroup { Vol_db_vol -> Iog_SVC_A_io_grp0 + Vol_db_vol_dr -> Iog_SVC_B_io_grp0 }
fun vpool: Volume -> Pool { Vol_db_vol -> Pool_pool_a + Vol_db_vol_dr -> Pool_pool_b }
fun vtype: Volume -> VolType { Vol_db_vol -> Striped + Vol_db_vol_dr -> Striped }
fun vmdisk: Volume -> MDisk { { x0: Volume, x1: MDisk | some none } }
fun cache: Volume -> CacheMode { Vol_db_vol -> ReadWrite + Vol_db_vol_dr -> ReadWrite }
fun lunOf: Volume -> Idx -> Lun { Vol_db_vol -> I0 -> Lun_lun_a1 + Vol_db_vol -> I1 -> Lun_lun_a1 + Vol_db_vol_dr -> I0 -> Lun_lun_b1 + Vol_db_vol_dr -> I1 -> Lun_lun_b1 }
fun posOf: Volume -> Idx -> Idx { Vol_db_vol -> I0 -> I0 + Vol_db_vol -> I1 -> I1 + Vol_db_vol_dr -> I0 -> I0 + Vol_db_vol_dr -> I1 -> I1 }
fun mirrorLunOf: Volume -> Idx -> Lun { { x0: Volume, x1: Idx, x2: Lun | some none } }
fun mirrorPosOf: Volume -> Idx -> Idx { { x0: Volume, x1: Idx, x2: Idx | some none } }
fun mirrorPool: Volume -> Pool { { x0: Volume, x1: Pool | some none } }
fun mirrorMDisk: Volume -> MDisk { { x0: Volume, x1: MDisk | some none } }
fun maps: Host -> Volume { Host_db_host -> Vol_db_vol }
fun readOnly: Host -> Bool { Host_db_host -> False }
fun writes: Host -> Write { Host_db_host -> W_db_host_1 + Host_db_host -> W_db_host_2 }
fun by: Write -> Host { W_db_host_1 -> Host_db_host + W_db_host_2 -> Host_db_host }
fun next: Write -> Write { W_db_host_1 -> W_db_host_2 }
fun ctype: BackendCopy -> CopyType { { x0: BackendCopy, x1: CopyType | some none } }
fun src: BackendCopy -> Lun { { x0: BackendCopy, x1: Lun | some none } }
fun tgt: BackendCopy -> Lun { { x0: BackendCopy, x1: Lun | some none } }
fun suspends: BackendCopy -> Bool { { x0: BackendCopy, x1: Bool | some none } }
fun members: BackendCopy -> BackendCopy { { x0: BackendCopy, x1: BackendCopy | some none } }
fun fsrc: FlashCopy -> Volume { { x0: FlashCopy, x1: Volume | some none } }
fun ftgt: FlashCopy -> Volume { { x0: FlashCopy, x1: Volume | some none } }
fun psystems: Partnership -> System { Ps_p_ab -> Sys_SVC_A + Ps_p_ab -> Sys_SVC_B }
fun rtype: Rel -> RcType { Rel_rc_db -> Global }
fun master: Rel -> Volume { Rel_rc_db -> Vol_db_vol }
fun aux: Rel -> Volume { Rel_rc_db -> Vol_db_vol_dr }
fun group: Rel -> Group { Rel_rc_db -> Grp_rc_db }
fun initial: Rel -> RcState { Rel_rc_db -> ConsistentStopped }
fun pship: Rel -> Partnership { Rel_rc_db -> Ps_p_ab }
fun fileBefore: Rel -> Rel { { x0: Rel, x1: Rel | some none } }
fun rcycling: Rel -> Bool { Rel_rc_db -> False }
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
-- steps: any run of this configuration has at most 25 events (sum of the per-event maxima:
--   HostWrite 2, Destage 4, HostRead 0, GlobalReplicate 2, BackendCopy 0, PoolFault 0, FlashCopyStart 0, Upgrade 12, Partnership 5, RelationshipSynchronized 0, Operator 0, Cycle 0)
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
run someInitialState for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- Every invariant at once, by induction (copyproof.als §5): when this check finds no
-- counterexample, every invariant holds on runs of any length.
check ALL_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps

-- CS-PIT-COMPLETE: A backend point-in-time copy holds every write acknowledged before it was taken; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_PIT_COMPLETE_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_PIT_COMPLETE for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- CS-PIT-ORDER: A backend copy target never holds a write without the writes issued before it; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_PIT_ORDER_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_PIT_ORDER for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- CS-STALE-READ: A read through a volume returns what the backend LUN holds after a backend copy wrote it; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_STALE_READ_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_STALE_READ for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- CS-TARGET-HOLDS-SVC-DATA: A backend copy never writes a LUN that holds system data; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_TARGET_HOLDS_SVC_DATA_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_TARGET_HOLDS_SVC_DATA for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- CS-MANAGED-LUN-SUSPENDED: A LUN the system manages is never taken offline or suspended by a backend copy; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_MANAGED_LUN_SUSPENDED_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_MANAGED_LUN_SUSPENDED for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- AV-VOLUME-ONLINE: Every volume mapped to a host stays online and no host I/O times out; its events HostWrite, Upgrade, Partnership: a shortest counterexample has at most 19 events
check AV_VOLUME_ONLINE_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check AV_VOLUME_ONLINE for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..20 steps

-- RC-SYNC: A consistent_synchronized relationship leaves that state only by an operator stop; its events Partnership, HostWrite, Upgrade: a shortest counterexample has at most 19 events
check RC_SYNC_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check RC_SYNC for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..20 steps

-- RC-SECONDARY-CONSISTENT: In a consistent state the aux volume holds a prefix of the master's acknowledged writes; its events HostWrite, Destage, Upgrade, Partnership, GlobalReplicate: a shortest counterexample has at most 25 events
check RC_SECONDARY_CONSISTENT_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check RC_SECONDARY_CONSISTENT for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..26 steps

-- UP-COMPATIBLE-LEVELS: Partnered systems run code levels the release notes allow together at every step; its events Upgrade: a shortest counterexample has at most 12 events
check UP_COMPATIBLE_LEVELS_inductive for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check UP_COMPATIBLE_LEVELS for exactly 2 Idx, exactly 3 Level, exactly 2 System, exactly 2 IoGroup, exactly 4 Node, exactly 2 Controller, exactly 2 Lun, exactly 2 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 1 Host, exactly 2 Write, exactly 0 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 1 Group, exactly 1 Rel, exactly 0 OpStep, 2 Int, 1..13 steps

