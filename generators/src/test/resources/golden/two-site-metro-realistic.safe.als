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

fact configuration {
  Block = I0 + I1
  Setting.snapshots = 1
  Setting.stress = False
  Setting.target = Lv_8_6_0_0

  Lv_8_4_0_0.below = none
  Lv_8_4_0_0.minPartner = none
  Lv_8_5_0_6.below = Lv_8_4_0_0
  Lv_8_5_0_6.minPartner = none
  Lv_8_6_0_0.below = Lv_8_4_0_0 + Lv_8_5_0_6
  Lv_8_6_0_0.minPartner = Lv_8_4_0_0

  Sys_SVC_A.level0 = Lv_8_5_0_6
  Sys_SVC_A.hasStep = True
  Sys_SVC_A.afterSys = none
  Sys_SVC_B.level0 = Lv_8_5_0_6
  Sys_SVC_B.hasStep = True
  Sys_SVC_B.afterSys = Sys_SVC_A
  Iog_SVC_A_io_grp0.gsys = Sys_SVC_A
  Node_A_node1.nsys = Sys_SVC_A and Node_A_node1.ngroup = Iog_SVC_A_io_grp0
  Node_A_node2.nsys = Sys_SVC_A and Node_A_node2.ngroup = Iog_SVC_A_io_grp0
  Iog_SVC_A_io_grp1.gsys = Sys_SVC_A
  Node_A_node3.nsys = Sys_SVC_A and Node_A_node3.ngroup = Iog_SVC_A_io_grp1
  Node_A_node4.nsys = Sys_SVC_A and Node_A_node4.ngroup = Iog_SVC_A_io_grp1
  Iog_SVC_B_io_grp0.gsys = Sys_SVC_B
  Node_B_node1.nsys = Sys_SVC_B and Node_B_node1.ngroup = Iog_SVC_B_io_grp0
  Node_B_node2.nsys = Sys_SVC_B and Node_B_node2.ngroup = Iog_SVC_B_io_grp0
  Iog_SVC_B_io_grp1.gsys = Sys_SVC_B
  Node_B_node3.nsys = Sys_SVC_B and Node_B_node3.ngroup = Iog_SVC_B_io_grp1
  Node_B_node4.nsys = Sys_SVC_B and Node_B_node4.ngroup = Iog_SVC_B_io_grp1

  Lun_lun_a1.ctrl = Ctl_ds8k_a
  Lun_lun_a1.positions = I0 + I1
  Lun_lun_a2.ctrl = Ctl_ds8k_a
  Lun_lun_a2.positions = I0 + I1
  Lun_lun_db.ctrl = Ctl_ds8k_a
  Lun_lun_db.positions = I0 + I1
  Lun_lun_db_snap.ctrl = Ctl_ds8k_a
  Lun_lun_db_snap.positions = I0 + I1
  Lun_lun_log.ctrl = Ctl_ds8k_a
  Lun_lun_log.positions = I0 + I1
  Lun_lun_log_snap.ctrl = Ctl_ds8k_a
  Lun_lun_log_snap.positions = I0 + I1
  Lun_lun_b1.ctrl = Ctl_ds8k_b
  Lun_lun_b1.positions = I0 + I1 + I2 + I3
  Lun_lun_b2.ctrl = Ctl_ds8k_b
  Lun_lun_b2.positions = I0 + I1 + I2 + I3
  Pool_pool_a.psys = Sys_SVC_A
  Pool_pool_a_img.psys = Sys_SVC_A
  Pool_pool_b.psys = Sys_SVC_B
  Md_md_a1.msys = Sys_SVC_A and Md_md_a1.mlun = Lun_lun_a1
  Md_md_a1.mode = Managed and Md_md_a1.mpool = Pool_pool_a
  Md_md_a2.msys = Sys_SVC_A and Md_md_a2.mlun = Lun_lun_a2
  Md_md_a2.mode = Managed and Md_md_a2.mpool = Pool_pool_a
  Md_md_db.msys = Sys_SVC_A and Md_md_db.mlun = Lun_lun_db
  Md_md_db.mode = ImageMode and Md_md_db.mpool = Pool_pool_a_img
  Md_md_log.msys = Sys_SVC_A and Md_md_log.mlun = Lun_lun_log
  Md_md_log.mode = ImageMode and Md_md_log.mpool = Pool_pool_a_img
  Md_md_b1.msys = Sys_SVC_B and Md_md_b1.mlun = Lun_lun_b1
  Md_md_b1.mode = Managed and Md_md_b1.mpool = Pool_pool_b
  Md_md_b2.msys = Sys_SVC_B and Md_md_b2.mlun = Lun_lun_b2
  Md_md_b2.mode = Managed and Md_md_b2.mpool = Pool_pool_b

  Vol_app1_vol.vsys = Sys_SVC_A and Vol_app1_vol.vgroup = Iog_SVC_A_io_grp0 and Vol_app1_vol.vpool = Pool_pool_a
  Vol_app1_vol.vtype = Striped and Vol_app1_vol.vmdisk = none and Vol_app1_vol.cache = ReadWrite
  Vol_app1_vol.lunOf = I0 -> Lun_lun_a1 + I1 -> Lun_lun_a2
  Vol_app1_vol.posOf = I0 -> I0 + I1 -> I0
  Vol_app2_vol.vsys = Sys_SVC_A and Vol_app2_vol.vgroup = Iog_SVC_A_io_grp1 and Vol_app2_vol.vpool = Pool_pool_a
  Vol_app2_vol.vtype = Striped and Vol_app2_vol.vmdisk = none and Vol_app2_vol.cache = ReadWrite
  Vol_app2_vol.lunOf = I0 -> Lun_lun_a1 + I1 -> Lun_lun_a2
  Vol_app2_vol.posOf = I0 -> I1 + I1 -> I1
  Vol_db_vol.vsys = Sys_SVC_A and Vol_db_vol.vgroup = Iog_SVC_A_io_grp0 and Vol_db_vol.vpool = Pool_pool_a_img
  Vol_db_vol.vtype = ImageType and Vol_db_vol.vmdisk = Md_md_db and Vol_db_vol.cache = NoCache
  Vol_db_vol.lunOf = I0 -> Lun_lun_db + I1 -> Lun_lun_db
  Vol_db_vol.posOf = I0 -> I0 + I1 -> I1
  Vol_log_vol.vsys = Sys_SVC_A and Vol_log_vol.vgroup = Iog_SVC_A_io_grp1 and Vol_log_vol.vpool = Pool_pool_a_img
  Vol_log_vol.vtype = ImageType and Vol_log_vol.vmdisk = Md_md_log and Vol_log_vol.cache = NoCache
  Vol_log_vol.lunOf = I0 -> Lun_lun_log + I1 -> Lun_lun_log
  Vol_log_vol.posOf = I0 -> I0 + I1 -> I1
  Vol_app1_dr.vsys = Sys_SVC_B and Vol_app1_dr.vgroup = Iog_SVC_B_io_grp0 and Vol_app1_dr.vpool = Pool_pool_b
  Vol_app1_dr.vtype = Striped and Vol_app1_dr.vmdisk = none and Vol_app1_dr.cache = ReadWrite
  Vol_app1_dr.lunOf = I0 -> Lun_lun_b1 + I1 -> Lun_lun_b2
  Vol_app1_dr.posOf = I0 -> I0 + I1 -> I0
  Vol_app2_dr.vsys = Sys_SVC_B and Vol_app2_dr.vgroup = Iog_SVC_B_io_grp1 and Vol_app2_dr.vpool = Pool_pool_b
  Vol_app2_dr.vtype = Striped and Vol_app2_dr.vmdisk = none and Vol_app2_dr.cache = ReadWrite
  Vol_app2_dr.lunOf = I0 -> Lun_lun_b1 + I1 -> Lun_lun_b2
  Vol_app2_dr.posOf = I0 -> I1 + I1 -> I1
  Vol_db_dr.vsys = Sys_SVC_B and Vol_db_dr.vgroup = Iog_SVC_B_io_grp0 and Vol_db_dr.vpool = Pool_pool_b
  Vol_db_dr.vtype = Striped and Vol_db_dr.vmdisk = none and Vol_db_dr.cache = ReadWrite
  Vol_db_dr.lunOf = I0 -> Lun_lun_b1 + I1 -> Lun_lun_b2
  Vol_db_dr.posOf = I0 -> I2 + I1 -> I2
  Vol_log_dr.vsys = Sys_SVC_B and Vol_log_dr.vgroup = Iog_SVC_B_io_grp1 and Vol_log_dr.vpool = Pool_pool_b
  Vol_log_dr.vtype = Striped and Vol_log_dr.vmdisk = none and Vol_log_dr.cache = ReadWrite
  Vol_log_dr.lunOf = I0 -> Lun_lun_b1 + I1 -> Lun_lun_b2
  Vol_log_dr.posOf = I0 -> I3 + I1 -> I3

  Host_app_host1.maps = Vol_app1_vol and Host_app_host1.readOnly = False
  Host_app_host1.writes = W_app_host1_1 + W_app_host1_2
  W_app_host1_1.by = Host_app_host1 and W_app_host1_1.next = W_app_host1_2
  W_app_host1_2.by = Host_app_host1 and W_app_host1_2.next = none
  Host_app_host2.maps = Vol_app2_vol and Host_app_host2.readOnly = False
  Host_app_host2.writes = W_app_host2_1 + W_app_host2_2
  W_app_host2_1.by = Host_app_host2 and W_app_host2_1.next = W_app_host2_2
  W_app_host2_2.by = Host_app_host2 and W_app_host2_2.next = none
  Host_db_host.maps = Vol_db_vol + Vol_log_vol and Host_db_host.readOnly = False
  Host_db_host.writes = W_db_host_1 + W_db_host_2
  W_db_host_1.by = Host_db_host and W_db_host_1.next = W_db_host_2
  W_db_host_2.by = Host_db_host and W_db_host_2.next = none
  Host_report_host.maps = none and Host_report_host.readOnly = False
  Host_report_host.writes = none

  Copy_snap_db.ctype = PointInTime and Copy_snap_db.src = Lun_lun_db and Copy_snap_db.tgt = Lun_lun_db_snap and Copy_snap_db.suspends = False
  Copy_snap_log.ctype = PointInTime and Copy_snap_log.src = Lun_lun_log and Copy_snap_log.tgt = Lun_lun_log_snap and Copy_snap_log.suspends = False
  Ps_p_ab.psystems = Sys_SVC_A + Sys_SVC_B
  Rel_rc_app1.rtype = Metro and Rel_rc_app1.master = Vol_app1_vol and Rel_rc_app1.aux = Vol_app1_dr
  Rel_rc_app1.group = Grp_rc_app1 and Rel_rc_app1.initial = ConsistentSynchronized and Rel_rc_app1.pship = Ps_p_ab
  Rel_rc_app1.fileBefore = none
  Rel_rc_app2.rtype = Metro and Rel_rc_app2.master = Vol_app2_vol and Rel_rc_app2.aux = Vol_app2_dr
  Rel_rc_app2.group = Grp_rc_app2 and Rel_rc_app2.initial = ConsistentSynchronized and Rel_rc_app2.pship = Ps_p_ab
  Rel_rc_app2.fileBefore = Rel_rc_app1
  Rel_rc_db.rtype = Metro and Rel_rc_db.master = Vol_db_vol and Rel_rc_db.aux = Vol_db_dr
  Rel_rc_db.group = Grp_cg_db and Rel_rc_db.initial = ConsistentSynchronized and Rel_rc_db.pship = Ps_p_ab
  Rel_rc_db.fileBefore = Rel_rc_app1 + Rel_rc_app2
  Rel_rc_log.rtype = Metro and Rel_rc_log.master = Vol_log_vol and Rel_rc_log.aux = Vol_log_dr
  Rel_rc_log.group = Grp_cg_db and Rel_rc_log.initial = ConsistentSynchronized and Rel_rc_log.pship = Ps_p_ab
  Rel_rc_log.fileBefore = Rel_rc_app1 + Rel_rc_app2 + Rel_rc_db
}

------------------------------------------------------------------------------------------------
-- The checks
--
-- steps: any run of this configuration has at most 63 events (sum of the per-event maxima:
--   HostWrite 6, Destage 30, HostRead 0, GlobalReplicate 0, BackendCopy 2, PoolFault 0, FlashCopyStart 0, Upgrade 20, Partnership 5, RelationshipSynchronized 0)
-- Each check only counts the events that can influence its invariant (their cone of influence:
-- deleting the other events from a counterexample leaves a counterexample), so a shortest
-- counterexample has at most the sum of their maxima, listed with the check. A check covers
-- min(that, cap 10) events; Alloy's steps count states and state 0 is the
-- initial state, so N events need 1..N+1 steps. Where the cap is below the invariant's bound
-- ("capped"), no counterexample means none within the cap only.
------------------------------------------------------------------------------------------------

-- CS-PIT-COMPLETE: A backend point-in-time copy holds every write acknowledged before it was taken; its events BackendCopy, HostWrite, Destage, Upgrade, Partnership: a shortest counterexample has at most 63 events (capped)
check CS_PIT_COMPLETE for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..11 steps

-- CS-PIT-ORDER: A backend copy target never holds a write without the writes issued before it; its events BackendCopy, HostWrite, Destage, Upgrade, Partnership: a shortest counterexample has at most 63 events (capped)
check CS_PIT_ORDER for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..11 steps

-- CS-STALE-READ: A read through a volume returns what the backend LUN holds after a backend copy wrote it; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_STALE_READ for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..1 steps

-- CS-TARGET-HOLDS-SVC-DATA: A backend copy never writes a LUN that holds system data; its events BackendCopy: a shortest counterexample has at most 2 events
check CS_TARGET_HOLDS_SVC_DATA for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..3 steps

-- CS-MANAGED-LUN-SUSPENDED: A LUN the system manages is never taken offline or suspended by a backend copy; its events BackendCopy: a shortest counterexample has at most 2 events
check CS_MANAGED_LUN_SUSPENDED for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..3 steps

-- AV-VOLUME-ONLINE: Every volume mapped to a host stays online and no host I/O times out; its events HostWrite, BackendCopy, Upgrade, Partnership: a shortest counterexample has at most 33 events (capped)
check AV_VOLUME_ONLINE for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..11 steps

-- RC-SYNC: A consistent_synchronized relationship leaves that state only by an operator stop; its events Partnership, Upgrade: a shortest counterexample has at most 25 events (capped)
check RC_SYNC for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..11 steps

-- RC-SECONDARY-CONSISTENT: In a consistent state the aux volume holds a prefix of the master's acknowledged writes; its events HostWrite, Destage, BackendCopy, Upgrade, Partnership: a shortest counterexample has at most 63 events (capped)
check RC_SECONDARY_CONSISTENT for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..11 steps

-- UP-COMPATIBLE-LEVELS: Partnered systems run code levels the release notes allow together at every step; its events Upgrade: a shortest counterexample has at most 20 events (capped)
check UP_COMPATIBLE_LEVELS for exactly 4 Idx, exactly 3 Level, exactly 2 System, exactly 4 IoGroup, exactly 8 Node, exactly 2 Controller, exactly 8 Lun, exactly 3 Pool, exactly 6 MDisk, exactly 8 Volume, exactly 4 Host, exactly 6 Write, exactly 2 BackendCopy, exactly 0 FlashCopy, exactly 1 Partnership, exactly 3 Group, exactly 4 Rel, 2 Int, 1..11 steps

