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
one sig Ctl_ds8k_1 extends Controller {}
-- LUNs
one sig Lun_lun_src, Lun_lun_tgt extends Lun {}
-- pools
one sig Pool_pool_img extends Pool {}
-- MDisks
one sig Md_md_src, Md_md_tgt extends MDisk {}
-- volumes
one sig Vol_db_vol, Vol_tgt_vol extends Volume {}
-- hosts
one sig Host_db_host, Host_bi_host extends Host {}
-- write ids (h, j), j = 1 .. writesPerHost, of each writing host
one sig W_db_host_1, W_db_host_2 extends Write {}
-- backend copies
one sig Copy_nightly_snap extends BackendCopy {}
-- no FlashCopy maps
-- no partnerships
-- no consistency groups (a relationship without one is its own group)
-- no remote-copy relationships

fact configuration {
  Block = I0 + I1
  Setting.snapshots = 1
  Setting.stress = False
  Setting.target = none

  Lv_8_5_0_6.below = none
  Lv_8_5_0_6.minPartner = none

  Sys_SVC_A.level0 = Lv_8_5_0_6
  Sys_SVC_A.hasStep = False
  Sys_SVC_A.afterSys = none
  Iog_SVC_A_io_grp0.gsys = Sys_SVC_A
  Node_A_node1.nsys = Sys_SVC_A and Node_A_node1.ngroup = Iog_SVC_A_io_grp0
  Node_A_node2.nsys = Sys_SVC_A and Node_A_node2.ngroup = Iog_SVC_A_io_grp0

  Lun_lun_src.ctrl = Ctl_ds8k_1
  Lun_lun_src.positions = I0 + I1
  Lun_lun_tgt.ctrl = Ctl_ds8k_1
  Lun_lun_tgt.positions = I0 + I1
  Pool_pool_img.psys = Sys_SVC_A
  Md_md_src.msys = Sys_SVC_A and Md_md_src.mlun = Lun_lun_src
  Md_md_src.mode = ImageMode and Md_md_src.mpool = Pool_pool_img
  Md_md_tgt.msys = Sys_SVC_A and Md_md_tgt.mlun = Lun_lun_tgt
  Md_md_tgt.mode = ImageMode and Md_md_tgt.mpool = Pool_pool_img

  Vol_db_vol.vsys = Sys_SVC_A and Vol_db_vol.vgroup = Iog_SVC_A_io_grp0 and Vol_db_vol.vpool = Pool_pool_img
  Vol_db_vol.vtype = ImageType and Vol_db_vol.vmdisk = Md_md_src and Vol_db_vol.cache = NoCache
  Vol_db_vol.lunOf = I0 -> Lun_lun_src + I1 -> Lun_lun_src
  Vol_db_vol.posOf = I0 -> I0 + I1 -> I1
  Vol_tgt_vol.vsys = Sys_SVC_A and Vol_tgt_vol.vgroup = Iog_SVC_A_io_grp0 and Vol_tgt_vol.vpool = Pool_pool_img
  Vol_tgt_vol.vtype = ImageType and Vol_tgt_vol.vmdisk = Md_md_tgt and Vol_tgt_vol.cache = NoCache
  Vol_tgt_vol.lunOf = I0 -> Lun_lun_tgt + I1 -> Lun_lun_tgt
  Vol_tgt_vol.posOf = I0 -> I0 + I1 -> I1

  Host_db_host.maps = Vol_db_vol and Host_db_host.readOnly = False
  Host_db_host.writes = W_db_host_1 + W_db_host_2
  W_db_host_1.by = Host_db_host and W_db_host_1.next = W_db_host_2
  W_db_host_2.by = Host_db_host and W_db_host_2.next = none
  Host_bi_host.maps = Vol_tgt_vol and Host_bi_host.readOnly = True
  Host_bi_host.writes = none

  Copy_nightly_snap.ctype = PointInTime and Copy_nightly_snap.src = Lun_lun_src and Copy_nightly_snap.tgt = Lun_lun_tgt and Copy_nightly_snap.suspends = False
}

------------------------------------------------------------------------------------------------
-- The checks
--
-- steps: any run of this configuration has at most 5 events (sum of the per-event maxima:
--   HostWrite 2, Destage 2, HostRead 0, GlobalReplicate 0, BackendCopy 1, PoolFault 0, FlashCopyStart 0, Upgrade 0, Partnership 0, RelationshipSynchronized 0)
-- Each check only counts the events that can influence its invariant (their cone of influence:
-- deleting the other events from a counterexample leaves a counterexample), so a shortest
-- counterexample has at most the sum of their maxima, listed with the check. A check covers
-- min(that, cap 10) events; Alloy's steps count states and state 0 is the
-- initial state, so N events need 1..N+1 steps. Where the cap is below the invariant's bound
-- ("capped"), no counterexample means none within the cap only.
------------------------------------------------------------------------------------------------

-- CS-PIT-COMPLETE: A backend point-in-time copy holds every write acknowledged before it was taken; its events BackendCopy, HostWrite, Destage: a shortest counterexample has at most 5 events
check CS_PIT_COMPLETE for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..6 steps

-- CS-PIT-ORDER: A backend copy target never holds a write without the writes issued before it; its events BackendCopy, HostWrite, Destage: a shortest counterexample has at most 5 events
check CS_PIT_ORDER for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..6 steps

-- CS-STALE-READ: A read through a volume returns what the backend LUN holds after a backend copy wrote it; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check CS_STALE_READ for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..1 steps

-- CS-TARGET-HOLDS-SVC-DATA: A backend copy never writes a LUN that holds system data; its events BackendCopy: a shortest counterexample has at most 1 events
check CS_TARGET_HOLDS_SVC_DATA for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..2 steps

-- CS-MANAGED-LUN-SUSPENDED: A LUN the system manages is never taken offline or suspended by a backend copy; its events BackendCopy: a shortest counterexample has at most 1 events
check CS_MANAGED_LUN_SUSPENDED for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..2 steps

-- AV-VOLUME-ONLINE: Every volume mapped to a host stays online and no host I/O times out; its events HostWrite, BackendCopy: a shortest counterexample has at most 3 events
check AV_VOLUME_ONLINE for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..4 steps

-- RC-SYNC: A consistent_synchronized relationship leaves that state only by an operator stop; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check RC_SYNC for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..1 steps

-- RC-SECONDARY-CONSISTENT: In a consistent state the aux volume holds a prefix of the master's acknowledged writes; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check RC_SECONDARY_CONSISTENT for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..1 steps

-- UP-COMPATIBLE-LEVELS: Partnered systems run code levels the release notes allow together at every step; no event can change what it reads, the initial state decides it: a shortest counterexample has at most 0 events
check UP_COMPATIBLE_LEVELS for exactly 2 Idx, exactly 1 Level, exactly 1 System, exactly 1 IoGroup, exactly 2 Node, exactly 1 Controller, exactly 2 Lun, exactly 1 Pool, exactly 2 MDisk, exactly 2 Volume, exactly 2 Host, exactly 2 Write, exactly 1 BackendCopy, exactly 0 FlashCopy, exactly 0 Partnership, exactly 0 Group, exactly 0 Rel, 2 Int, 1..1 steps

