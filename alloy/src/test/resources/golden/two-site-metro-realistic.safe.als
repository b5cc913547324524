-- The configuration
------------------------------------------------------------------------------------------------

-- block numbers and LUN positions
one sig I0, I1, I2, I3 extends Idx {}
-- code levels, in numeric order
one sig Lv_8_4_0_0, Lv_8_5_0_6, Lv_8_6_0_0 extends Level {}
-- systems
one sig Sys_SVC_A, Sys_SVC_B extends System {}
-- I/O groups
one sig Iog_SVC_A_io_grp0, Iog_SVC_A_io_grp1, Iog_SVC_B_io_grp0, Iog_SVC_B_io_grp1 extends IoGroup {}
-- nodes
one sig Node_A_node1, Node_A_node2, Node_A_node3, Node_A_node4, Node_B_node1, Node_B_node2, Node_B_node3, Node_B_node4 extends Node {}
-- backend controllers
one sig Ctl_ds8k_a, Ctl_ds8k_b extends Controller {}
-- LUNs
one sig Lun_lun_a1, Lun_lun_a2, Lun_lun_db, Lun_lun_db_snap, Lun_lun_log, Lun_lun_log_snap, Lun_lun_b1, Lun_lun_b2 extends Lun {}
-- pools
one sig Pool_pool_a, Pool_pool_a_img, Pool_pool_b extends Pool {}
-- MDisks
one sig Md_md_a1, Md_md_a2, Md_md_db, Md_md_log, Md_md_b1, Md_md_b2 extends MDisk {}
-- volumes
one sig Vol_app1_vol, Vol_app2_vol, Vol_db_vol, Vol_log_vol, Vol_app1_dr, Vol_app2_dr, Vol_db_dr, Vol_log_dr extends Volume {}
-- hosts
one sig Host_app_host1, Host_app_host2, Host_db_host, Host_report_host extends Host {}
-- write ids (h, j), j = 1 .. writesPerHost, of each writing host
one sig W_app_host1_1, W_app_host1_2, W_app_host2_1, W_app_host2_2, W_db_host_1, W_db_host_2 extends Write {}
-- backend copies
one sig Copy_snap_db, Copy_snap_log extends BackendCopy {}
-- no FlashCopy maps
-- partnerships
one sig Ps_p_ab extends Partnership {}
-- consistency groups (a relationship without one is its own group)
one sig Grp_rc_app1, Grp_rc_app2, Grp_cg_db extends Group {}
-- remote-copy relationships
one sig Rel_rc_app1, Rel_rc_app2, Rel_rc_db, Rel_rc_log extends Rel {}
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
fun gsys: IoGroup -> System { Iog_SVC_A_io_grp0 -> Sys_SVC_A + Iog_SVC_A_io_grp1 -> Sys_SVC_A + Iog_SVC_B_io_grp0 -> Sys_SVC_B + Iog_SVC_B_io_grp1 -> Sys_SVC_B }
fun nsys: Node -> System { Node_A_node1 -> Sys_SVC_A + Node_A_node2 -> Sys_SVC_A + Node_A_node3 -> Sys_SVC_A + Node_A_node4 -> Sys_SVC_A + Node_B_node1 -> Sys_SVC_B + Node_B_node2 -> Sys_SVC_B + Node_B_node3 -> Sys_SVC_B + Node_B_node4 -> Sys_SVC_B }
fun ngroup: Node -> IoGroup { Node_A_node1 -> Iog_SVC_A_io_grp0 + Node_A_node2 -> Iog_SVC_A_io_grp0 + Node_A_node3 -> Iog_SVC_A_io_grp1 + Node_A_node4 -> Iog_SVC_A_io_grp1 + Node_B_node1 -> Iog_SVC_B_io_grp0 + Node_B_node2 -> Iog_SVC_B_io_grp0 + Node_B_node3 -> Iog_SVC_B_io_grp1 + Node_B_node4 -> Iog_SVC_B_io_grp1 }
fun ctrl: Lun -> Controller { Lun_lun_a1 -> Ctl_ds8k_a + Lun_lun_a2 -> Ctl_ds8k_a + Lun_lun_db -> Ctl_ds8k_a + Lun_lun_db_snap -> Ctl_ds8k_a + Lun_lun_log -> Ctl_ds8k_a + Lun_lun_log_snap -> Ctl_ds8k_a + Lun_lun_b1 -> Ctl_ds8k_b + Lun_lun_b2 -> Ctl_ds8k_b }
fun positions: Lun -> Idx { Lun_lun_a1 -> I0 + Lun_lun_a1 -> I1 + Lun_lun_a2 -> I0 + Lun_lun_a2 -> I1 + Lun_lun_db -> I0 + Lun_lun_db -> I1 + Lun_lun_db_snap -> I0 + Lun_lun_db_snap -> I1 + Lun_lun_log -> I0 + Lun_lun_log -> I1 + Lun_lun_log_snap -> I0 + Lun_lun_log_snap -> I1 + Lun_lun_b1 -> I0 + Lun_lun_b1 -> I1 + Lun_lun_b1 -> I2 + Lun_lun_b1 -> I3 + Lun_lun_b2 -> I0 + Lun_lun_b2 -> I1 + Lun_lun_b2 -> I2 + Lun_lun_b2 -> I3 }
fun svcData: Lun -> Bool { Lun_lun_a1 -> True + Lun_lun_a2 -> True + Lun_lun_db -> True + Lun_lun_db_snap -> False + Lun_lun_log -> True + Lun_lun_log_snap -> False + Lun_lun_b1 -> True + Lun_lun_b2 -> True }
fun psys: Pool -> System { Pool_pool_a -> Sys_SVC_A + Pool_pool_a_img -> Sys_SVC_A + Pool_pool_b -> Sys_SVC_B }
fun msys: MDisk -> System { Md_md_a1 -> Sys_SVC_A + Md_md_a2 -> Sys_SVC_A + Md_md_db -> Sys_SVC_A + Md_md_log -> Sys_SVC_A + Md_md_b1 -> Sys_SVC_B + Md_md_b2 -> Sys_SVC_B }
fun mlun: MDisk -> Lun { Md_md_a1 -> Lun_lun_a1 + Md_md_a2 -> Lun_lun_a2 + Md_md_db -> Lun_lun_db + Md_md_log -> Lun_lun_log + Md_md_b1 -> Lun_lun_b1 + Md_md_b2 -> Lun_lun_b2 }
fun mode: MDisk -> MDiskMode { Md_md_a1 -> Managed + Md_md_a2 -> Managed + Md_md_db -> ImageMode + Md_md_log -> ImageMode + Md_md_b1 -> Managed + Md_md_b2 -> Managed }
fun mpool: MDisk -> Pool { Md_md_a1 -> Pool_pool_a + Md_md_a2 -> Pool_pool_a + Md_md_db -> Pool_pool_a_img + Md_md_log -> Pool_pool_a_img + Md_md_b1 -> Pool_pool_b + Md_md_b2 -> Pool_pool_b }
fun vsys: Volume -> System { Vol_app1_vol -> Sys_SVC_A + Vol_app2_vol -> Sys_SVC_A + Vol_db_vol -> Sys_SVC_A + Vol_log_vol -> Sys_SVC_A + Vol_app1_dr -> Sys_SVC_B + Vol_app2_dr -> Sys_SVC_B + Vol_db_dr -> Sys_SVC_B + Vol_log_dr -> Sys_SVC_B }
fun vgroup: Volume -> IoGroup { Vol_app1_vol -> Iog_SVC_A_io_grp0 + Vol_app2_vol -> Iog_SVC_A_io_grp1 + Vol_db_vol -> Iog_SVC_A_io_grp0 + Vol_log_vol -> Iog_SVC_A_io_grp1 + Vol_app1_dr -> Iog_SVC_B_io_grp0 + Vol_app2_dr -> Iog_SVC_B_io_grp1 + Vol_db_dr -> Iog_SVC_B_io_grp0 + Vol_log_dr -> Iog_SVC_B_io_grp1 }
fun vpool: Volume -> Pool { Vol_app1_vol -> Pool_pool_a + Vol_app2_vol -> Pool_pool_a + Vol_db_vol -> Pool_pool_a_img + Vol_log_vol -> Pool_pool_a_img + Vol_app1_dr -> Pool_pool_b + Vol_app2_dr -> Pool_pool_b + Vol_db_dr -> Pool_pool_b + Vol_log_dr -> Pool_pool_b }
fun vtype: Volume -> VolType { Vol_app1_vol -> Striped + Vol_app2_vol -> Striped + Vol_db_vol -> ImageType + Vol_log_vol -> ImageType + Vol_app1_dr -> Striped + Vol_app2_dr -> Striped + Vol_db_dr -> Striped + Vol_log_dr -> Striped }
fun vmdisk: Volume -> MDisk { Vol_db_vol -> Md_md_db + Vol_log_vol -> Md_md_log }
fun cache: Volume -> CacheMode { Vol_app1_vol -> ReadWrite + Vol_app2_vol -> ReadWrite + Vol_db_vol -> NoCache + Vol_log_vol -> NoCache + Vol_app1_dr -> ReadWrite + Vol_app2_dr -> ReadWrite + Vol_db_dr -> ReadWrite + Vol_log_dr -> ReadWrite }
fun lunOf: Volume -> Idx -> Lun { Vol_app1_vol -> I0 -> Lun_lun_a1 + Vol_app1_vol -> I1 -> Lun_lun_a2 + Vol_app2_vol -> I0 -> Lun_lun_a1 + Vol_app2_vol -> I1 -> Lun_lun_a2 + Vol_db_vol -> I0 -> Lun_lun_db + Vol_db_vol -> I1 -> Lun_lun_db + Vol_log_vol -> I0 -> Lun_lun_log + Vol_log_vol -> I1 -> Lun_lun_log + Vol_app1_dr -> I0 -> Lun_lun_b1 + Vol_app1_dr -> I1 -> Lun_lun_b2 + Vol_app2_dr -> I0 -> Lun_lun_b1 + Vol_app2_dr -> I1 -> Lun_lun_b2 + Vol_db_dr -> I0 -> Lun_lun_b1 + Vol_db_dr -> I1 -> Lun_lun_b2 + Vol_log_dr -> I0 -> Lun_lun_b1 + Vol_log_dr -> I1 -> Lun_lun_b2 }
fun posOf: Volume -> Idx -> Idx { Vol_app1_vol -> I0 -> I0 + Vol_app1_vol -> I1 -> I0 + Vol_app2_vol -> I0 -> I1 + Vol_app2_vol -> I1 -> I1 + Vol_db_vol -> I0 -> I0 + Vol_db_vol -> I1 -> I1 + Vol_log_vol -> I0 -> I0 + Vol_log_vol -> I1 -> I1 + Vol_app1_dr -> I0 -> I0 + Vol_app1_dr -> I1 -> I0 + Vol_app2_dr -> I0 -> I1 + Vol_app2_dr -> I1 -> I1 + Vol_db_dr -> I0 -> I2 + Vol_db_dr -> I1 -> I2 + Vol_log_dr -> I0 -> I3 + Vol_log_dr -> I1 -> I3 }
fun mirrorLunOf: Volume -> Idx -> Lun { { x0: Volume, x1: Idx, x2: Lun | some none } }
fun mirrorPosOf: Volume -> Idx -> Idx { { x0: Volume, x1: Idx, x2: Idx | some none } }
fun mirrorPool: Volume -> Pool { { x0: Volume, x1: Pool | some none } }
fun mirrorMDisk: Volume -> MDisk { { x0: Volume, x1: MDisk | some none } }
fun maps: Host -> Volume { Host_app_host1 -> Vol_app1_vol + Host_app_host2 -> Vol_app2_vol + Host_db_host -> Vol_db_vol + Host_db_host -> Vol_log_vol }
fun readOnly: Host -> Bool { Host_app_host1 -> False + Host_app_host2 -> False + Host_db_host -> False + Host_report_host -> False }
fun writes: Host -> Write { Host_app_host1 -> W_app_host1_1 + Host_app_host1 -> W_app_host1_2 + Host_app_host2 -> W_app_host2_1 + Host_app_host2 -> W_app_host2_2 + Host_db_host -> W_db_host_1 + Host_db_host -> W_db_host_2 }
fun by: Write -> Host { W_app_host1_1 -> Host_app_host1 + W_app_host1_2 -> Host_app_host1 + W_app_host2_1 -> Host_app_host2 + W_app_host2_2 -> Host_app_host2 + W_db_host_1 -> Host_db_host + W_db_host_2 -> Host_db_host }
fun next: Write -> Write { W_app_host1_1 -> W_app_host1_2 + W_app_host2_1 -> W_app_host2_2 + W_db_host_1 -> W_db_host_2 }
fun ctype: BackendCopy -> CopyType { Copy_snap_db -> PointInTime + Copy_snap_log -> PointInTime }
fun src: BackendCopy -> Lun { Copy_snap_db -> Lun_lun_db + Copy_snap_log -> Lun_lun_log }
fun tgt: BackendCopy -> Lun { Copy_snap_db -> Lun_lun_db_snap + Copy_snap_log -> Lun_lun_log_snap }
fun suspends: BackendCopy -> Bool { Copy_snap_db -> False + Copy_snap_log -> False }
fun members: BackendCopy -> BackendCopy { Copy_snap_db -> Copy_snap_db + Copy_snap_db -> Copy_snap_log }
fun fsrc: FlashCopy -> Volume { { x0: FlashCopy, x1: Volume | some none } }
fun ftgt: FlashCopy -> Volume { { x0: FlashCopy, x1: Volume | some none } }
fun psystems: Partnership -> System { Ps_p_ab -> Sys_SVC_A + Ps_p_ab -> Sys_SVC_B }
fun rtype: Rel -> RcType { Rel_rc_app1 -> Metro + Rel_rc_app2 -> Metro + Rel_rc_db -> Metro + Rel_rc_log -> Metro }
fun master: Rel -> Volume { Rel_rc_app1 -> Vol_app1_vol + Rel_rc_app2 -> Vol_app2_vol + Rel_rc_db -> Vol_db_vol + Rel_rc_log -> Vol_log_vol }
fun aux: Rel -> Volume { Rel_rc_app1 -> Vol_app1_dr + Rel_rc_app2 -> Vol_app2_dr + Rel_rc_db -> Vol_db_dr + Rel_rc_log -> Vol_log_dr }
fun group: Rel -> Group { Rel_rc_app1 -> Grp_rc_app1 + Rel_rc_app2 -> Grp_rc_app2 + Rel_rc_db -> Grp_cg_db + Rel_rc_log -> Grp_cg_db }
fun initial: Rel -> RcState { Rel_rc_app1 -> ConsistentSynchronized + Rel_rc_app2 -> ConsistentSynchronized + Rel_rc_db -> ConsistentSynchronized + Rel_rc_log -> ConsistentSynchronized }
fun pship: Rel -> Partnership { Rel_rc_app1 -> Ps_p_ab + Rel_rc_app2 -> Ps_p_ab + Rel_rc_db -> Ps_p_ab + Rel_rc_log -> Ps_p_ab }
fun fileBefore: Rel -> Rel { Rel_rc_app2 -> Rel_rc_app1 + Rel_rc_db -> Rel_rc_app1 + Rel_rc_db -> Rel_rc_app2 + Rel_rc_log -> Rel_rc_app1 + Rel_rc_log -> Rel_rc_app2 + Rel_rc_log -> Rel_rc_db }
fun rcycling: Rel -> Bool { Rel_rc_app1 -> False + Rel_rc_app2 -> False + Rel_rc_db -> False + Rel_rc_log -> False }
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
-- steps: any run of this configuration has at most 63 events (sum of the per-event maxima:
--   HostWrite 6, Destage 30, HostRead 0, GlobalReplicate 0, BackendCopy 2, PoolFault 0, FlashCopyStart 0, Upgrade 20, Partnership 5, RelationshipSynchronized 0, Operator 0, Cycle 0)
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
run someInitialState for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- Every invariant at once, by induction (copyproof.als §5): when this check finds no
-- counterexample, every invariant holds on runs of any length.
check ALL_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps

-- CS-PIT-COMPLETE: A backend point-in-time copy holds every write acknowledged before it was taken; its events BackendCopy, HostWrite, Destage, Upgrade, Partnership: a shortest counterexample has at most 63 events (capped)
check CS_PIT_COMPLETE_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_PIT_COMPLETE for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..31 steps

-- CS-PIT-ORDER: A backend copy target never holds a write without the writes issued before it; its events BackendCopy, HostWrite, Destage, Upgrade, Partnership: a shortest counterexample has at most 63 events (capped)
check CS_PIT_ORDER_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_PIT_ORDER for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..31 steps

-- CS-STALE-READ: A read through a volume returns what the backend LUN holds after a backend copy wrote it; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_STALE_READ_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_STALE_READ for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..1 steps

-- CS-TARGET-HOLDS-SVC-DATA: A backend copy never writes a LUN that holds system data; its events BackendCopy: a shortest counterexample has at most 2 events
check CS_TARGET_HOLDS_SVC_DATA_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_TARGET_HOLDS_SVC_DATA for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..3 steps

-- CS-MANAGED-LUN-SUSPENDED: A LUN the system manages is never taken offline or suspended by a backend copy; its events BackendCopy: a shortest counterexample has at most 2 events
check CS_MANAGED_LUN_SUSPENDED_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check CS_MANAGED_LUN_SUSPENDED for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..3 steps

-- AV-VOLUME-ONLINE: Every volume mapped to a host stays online and no host I/O times out; its events HostWrite, BackendCopy, Upgrade, Partnership: a shortest counterexample has at most 33 events (capped)
check AV_VOLUME_ONLINE_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check AV_VOLUME_ONLINE for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..31 steps

-- RC-SYNC: A consistent_synchronized relationship leaves that state only by an operator stop; its events Partnership, HostWrite, BackendCopy, Upgrade: a shortest counterexample has at most 33 events (capped)
check RC_SYNC_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check RC_SYNC for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..31 steps

-- RC-SECONDARY-CONSISTENT: In a consistent state the aux volume holds a prefix of the master's acknowledged writes; its events HostWrite, Destage, BackendCopy, Upgrade, Partnership: a shortest counterexample has at most 63 events (capped)
check RC_SECONDARY_CONSISTENT_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check RC_SECONDARY_CONSISTENT for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..31 steps

-- UP-COMPATIBLE-LEVELS: Partnered systems run code levels the release notes allow together at every step; its events Upgrade: a shortest counterexample has at most 20 events
check UP_COMPATIBLE_LEVELS_inductive for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 2..2 steps
check UP_COMPATIBLE_LEVELS for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, exactly 0 OpStep, 2 Int, 1..21 steps

