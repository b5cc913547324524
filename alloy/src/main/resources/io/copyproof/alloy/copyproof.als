module copyproof/copyproof

/*
 * copyproof: the semantics of storage copy services, as an Alloy 6 model.
 *
 * This module states docs/semantics.md (the normative text) a second time, independently of the
 * Java explorer; the two engines are cross-checked. Section numbers (§0 .. §4) refer to
 * docs/semantics.md; [D] marks documented product behaviour and [M] a modelling choice, as in
 * that text (§0 states the domain it is drawn from).
 *
 * The module is generic: every sig below is abstract. A generated model (AlloyGenerator) adds
 * one `one sig` per element of a concrete configuration, the topology as constant functions (the
 * list is in §1 below; this module refers to them and is only complete with them), a fact fixing
 * Block and Setting, then per invariant an inductive check (§5: holds on runs of every length)
 * and a bounded check (holds on every run of up to N events, or a shortest counterexample).
 *
 * Reading a trace. State 0 is the initial state; every transition is exactly one event of §3 or
 * a stutter (nothing changes). Alloy's `steps` count states, so N events need N + 1 states;
 * the checks use `1..N+1 steps`. Alloy tries trace lengths in increasing order, so the first
 * counterexample is a lasso of minimal length. A shortest
 * counterexample never contains a stutter before the first violating state (removing it gives
 * a shorter lasso, since a stutter changes no variable at all), so the number of transitions up
 * to the first violating state is exactly the number of events the explorer counts.
 */

------------------------------------------------------------------------------------------------
-- §1 Derived topology: static sigs; the generated model defines the topology functions
------------------------------------------------------------------------------------------------

abstract sig Bool {}
one sig True, False extends Bool {}

/** Block numbers and LUN positions 0, 1, ... (atoms I0, I1, ... in the generated model). */
abstract sig Idx {}
/** Block numbers of every volume: 0 .. bounds.blocksPerVolume - 1. */
sig Block in Idx {}

/*
 * The topology is constant. It is not declared here as fields: the generated model defines it as
 * constant functions over its `one sig` atoms (a field fixed by a fact costs SAT variables and
 * clauses in every state; a constant function costs none). A generated model must define exactly
 * these functions, with these types and multiplicities (this module does not parse without them):
 *
 *   accepts: Level -> Level          the partner levels a system at the level accepts: all, or
 *                                    those at or above its release note's minPartnerLevel (§1,
 *                                    "Compatible levels"; computed by the generator from the one
 *                                    Java definition, so both engines share it)
 *   level0: System -> one Level      codeLevel of the configuration
 *   hasStep: System -> one Bool      the upgrade plan has a step for the system
 *   afterSys: System -> System       the step's `after` list
 *   gsys: IoGroup -> one System
 *   nsys: Node -> one System         ngroup: Node -> one IoGroup
 *   ctrl: Lun -> one Controller      positions: Lun -> Idx (positions 0 .. size(l)-1, §1)
 *   svcData: Lun -> one Bool         the LUN holds system data (§3.5 copiedSvcData)
 *   psys: Pool -> one System
 *   msys: MDisk -> one System        mlun: MDisk -> one Lun
 *   mode: MDisk -> one MDiskMode     mpool: MDisk -> lone Pool
 *   vsys: Volume -> one System       vgroup: Volume -> one IoGroup     vpool: Volume -> one Pool
 *   vtype: Volume -> one VolType     vmdisk: Volume -> lone MDisk      cache: Volume -> one CacheMode
 *   lunOf: Volume -> Block -> one Lun, posOf: Volume -> Block -> one Idx   (§1 lunOf(v, b), posOf(v, b))
 *   mirrorLunOf: Volume -> Block -> lone Lun, mirrorPosOf: Volume -> Block -> lone Idx
 *                                    where copy 1 of a mirrored volume keeps each block (§7.2); none
 *                                    for a volume with one copy
 *   mirrorPool: Volume -> lone Pool  copy 1's pool; mirrorMDisk: Volume -> lone MDisk  copy 1's MDisk
 *                                    when copy 1 is an image copy
 *   by: Write -> one Host            next: Write -> lone Write ((h, j) to (h, j+1))
 *   maps: Host -> Volume             readOnly: Host -> one Bool        writes: Host -> Write ((h, 1) .. (h, W))
 *   ctype: BackendCopy -> one CopyType, src, tgt: BackendCopy -> one Lun, suspends: BackendCopy -> one Bool
 *   members: BackendCopy -> BackendCopy  (for the first copy of a backend consistency group, or a copy
 *                                    in none: the copies taken with it, itself included; else none)
 *   fsrc, ftgt: FlashCopy -> one Volume
 *   psystems: Partnership -> System
 *   rtype: Rel -> one RcType         master, aux: Rel -> one Volume    group: Rel -> one Group
 *   initial: Rel -> one RcState      (`state` of the configuration)
 *   pship: Rel -> lone Partnership   (the partnership of the master's and the aux's systems; none
 *                                    for an intrasystem relationship, which counts as always connected)
 *   fileBefore: Rel -> Rel           (relationships earlier in the file)
 *   opGroup: OpStep -> one Group     the group an operator step stops or starts
 *   opStops: OpStep -> one Bool      True for a stop, False for a start
 *   opAfterSys: OpStep -> System     opAfterOps: OpStep -> OpStep   (the step's `after` list)
 *   sysAfterOps: System -> OpStep    (the operator steps in a system's upgrade step's `after` list)
 *   paths: Host -> Node              the nodes a host that lists its paths (host field `nodes`) has
 *                                    paths to; none for a multipathing host
 *   fun reachable: Host -> Volume    the volumes each host maps and reaches in the current state:
 *                                    a multipathing host every volume it maps (the volume's online
 *                                    predicate asks for a node of its I/O group up), a host that
 *                                    lists paths those with a node of `h.paths` in their I/O group
 *                                    in Up; emitted as `maps` when no host lists paths
 *   rcycling: Rel -> one Bool        (cyclingMode multi: Global Mirror with change volumes)
 *
 * and a fact fixing Block and the fields of Setting.
 */

/** A code level. */
abstract sig Level {}

abstract sig UpPhase {}
one sig Pending, Upgrading, Committed extends UpPhase {}

abstract sig System {
  var phase: one UpPhase      -- §2 phase[s]
}

abstract sig IoGroup {}

abstract sig Node {}

abstract sig Controller {}

abstract sig Lun {
  /** §2 lun[l][i] */
  var content: Idx -> lone Val
}

abstract sig Pool {}

abstract sig MDiskMode {}
one sig Unmanaged, Managed, ImageMode extends MDiskMode {}

abstract sig MDisk {}

abstract sig VolType {}
one sig Striped, Sequential, ImageType extends VolType {}

abstract sig CacheMode {}
one sig ReadWrite, ReadOnly, NoCache extends CacheMode {}

abstract sig Volume {
  /** §2 cache[v][b]: the cached value, and whether it is dirty */
  var cval: Block -> lone Val,
  var dirty: set Block
}

/** A value of a block or LUN position: Zero (initial content) or a write id (h, j). */
abstract sig Val {}
one sig Zero extends Val {}

/** Write id (h, j): the j-th write of writing host h. */
abstract sig Write extends Val {
  /** §2 wloc[h][j] (ghost): the volume block the write went to, once acknowledged */
  var wvol: lone Volume,
  var wblk: lone Block,
  /** ghost: the writes issued before this one (orders Global Mirror queues) */
  var earlier: set Write
}

abstract sig Host {}

abstract sig CopyType {}
one sig PointInTime, Replication extends CopyType {}

abstract sig CopyPhase {}
one sig Idle, SuspendedBefore, SuspendedAfter extends CopyPhase {}

abstract sig BackendCopy {
  var cphase: one CopyPhase,   -- §2 copyPhase[c]
  var done: one Int            -- §2 copyDone[c]
}

abstract sig FlashCopy {
  var fdone: one Int           -- §2 fcDone[f]
}

abstract sig Partnership {}

abstract sig RcType {}
one sig Metro, Global extends RcType {}

abstract sig RcState {}
one sig ConsistentSynchronized, ConsistentStopped, InconsistentCopying, InconsistentStopped, Idling
  extends RcState {}
/** The running state of a relationship in cycling mode (Global Mirror with change volumes, §9). */
one sig ConsistentCopying extends RcState {}

/** A consistency group; a relationship without one is a group of its own (§1). */
abstract sig Group {
  var cdone: one Int           -- §9 cycleDone[g]: cycles started (cycling mode only)
}
/** §9 cycling[g]: a cycle of the group is being copied */
var sig Cycling in Group {}

abstract sig Rel {
  var rc: one RcState,         -- §2 rcState[r]
  /** §2 gmQueue[group(r)]: the entries (r, b, x) of this relationship, as the write ids x
      (b is wblk of x); their order is the issue order of x, then file order of r */
  var queued: set Write,
  /** §9 frozen[r][b]: the master image the current cycle copies (cycling mode only) */
  var frozen: Block -> lone Val
}

/** An operator step of the upgrade plan (RelationshipStop / RelationshipStart of its group). */
abstract sig OpStep {}

/** Settings of the configuration and the bounds. */
one sig Setting {
  target: lone Level,          -- upgrade.targetLevel
  stress: one Bool,            -- workload.stress
  snapshots: one Int           -- bounds.snapshotsPerCopy
}

------------------------------------------------------------------------------------------------
-- §2 State: the mutable sets (the var fields above hold the rest)
------------------------------------------------------------------------------------------------

/** writes completed (acknowledged): written[h] = #(h.writes & Issued) */
var sig Issued in Write {}
/** nodeUp[n] */
var sig Up in Node {}
/** nodeUpgraded[n] */
var sig Upgraded in Node {}
/** connected[p] */
var sig Connected in Partnership {}
/** timedOut[v] */
var sig TimedOut in Volume {}
/** faulted[m] */
var sig Faulted in MDisk {}
/** copiedSvcData[c] */
var sig SvcDataCopied in BackendCopy {}

/** §7.2 stale[v][copy]: the copies of mirrored volumes that missed a write (out of sync) */
var sig Stale0, Stale1 in Volume {}

/** opDone[k]: the operator steps that have run */
var sig OpDone in OpStep {}
/** lostSync[r]: the ghost of RC-SYNC, relationships that left consistent_synchronized other than by an operator stop */
var sig LostSync in Rel {}

/** the ghost flags pitIncomplete, pitDisordered, staleRead */
abstract sig Flag {}
one sig PitIncomplete, PitDisordered, StaleRead extends Flag {}
var sig Raised in Flag {}

------------------------------------------------------------------------------------------------
-- §1 Derived predicates (over the current state)
------------------------------------------------------------------------------------------------

/** LUNs suspended by a backend copy: between LunSuspend and LunResume. */
fun suspendedLuns: set Lun { { c: BackendCopy | c.cphase != Idle }.src }

/** MDisk online: not faulted, and its LUN not suspended. */
fun onlineMDisks: set MDisk { { m: MDisk - Faulted | m.mlun not in suspendedLuns } }

/** Pool online: every MDisk with pool p is online [D/M]. */
fun onlinePools: set Pool { { p: Pool | mpool.p in onlineMDisks } }

/** LUN online: no backend copy suspends it and no MDisk that presents it is faulted (§1). */
fun onlineLuns: set Lun { Lun - suspendedLuns - Faulted.mlun }

/** Mirrored volumes: those with a copy 1 (§7.2). */
fun mirrored: set Volume { mirrorPool.Pool }

/** Copy 0 online: its MDisk (image) or its pool. */
fun copy0Online: set Volume {
  { v: Volume | v.vtype = ImageType implies v.vmdisk in onlineMDisks else v.vpool in onlinePools }
}

/** Copy 1 of a mirrored volume online: its MDisk (an image copy) or its pool. */
fun copy1Online: set Volume {
  { v: mirrored | some v.mirrorMDisk implies v.mirrorMDisk in onlineMDisks else v.mirrorPool in onlinePools }
}

/**
 * Copies the system may read: online and in sync (§7.2). (Staleness is intersected with the constant
 * `mirrored` so that a configuration without mirrored volumes translates as before.)
 */
fun usable0: set Volume { copy0Online - (Stale0 & mirrored) }
fun usable1: set Volume { copy1Online - Stale1 }

/** Reads and logical use copy 1: copy 0 is not usable and copy 1 is. */
fun readsCopy1: set Volume { usable1 - usable0 }

/** Volume online: not timed out, a node of its I/O group up, and a copy online and in sync (§1, §7.2). */
fun onlineVolumes: set Volume {
  { v: Volume - TimedOut | some (ngroup.(v.vgroup) & Up) and v in usable0 + usable1 }
}

/** Volumes that cache writes: cache readwrite and both nodes of the I/O group up [D]. */
fun cachingWrites: set Volume {
  { v: Volume | v.cache = ReadWrite and ngroup.(v.vgroup) in Up }
}

/** Volumes that cache reads: cache readwrite or readonly. */
fun cachingReads: set Volume { cache.(ReadWrite + ReadOnly) }

/** Writing hosts: not read-only, at least one volume. */
fun writingHosts: set Host { { h: Host | h.readOnly = False and some h.maps } }

/** The current code level: the target level once committed. */
fun level[s: System]: Level { s.phase = Committed implies Setting.target else s.level0 }

/** Compatible levels: each side accepts the other side's level. */
pred compatible[p: Partnership] {
  all x: p.psystems | level[p.psystems - x] in level[x].accepts
}

/** The value of block b on the LUN position reads use: copy 0's, or copy 1's (readsCopy1). */
fun onDisk[v: Volume, b: Block]: Val {
  v in readsCopy1 implies (b.(v.mirrorPosOf)).((b.(v.mirrorLunOf)).content)
    else (b.(v.posOf)).((b.(v.lunOf)).content)
}

/** logical(v, b): the cached value, else the LUN position's. */
fun logical[v: Volume, b: Block]: Val {
  some b.(v.cval) implies b.(v.cval) else onDisk[v, b]
}

/** "x covers w": a later-or-equal write of the same host, or any write of another host [M]. */
pred covers[x: Val, w: Write] { x in w.*next or (x in Write and x.by != w.by) }

/**
 * LUNs holding system data: a managed MDisk, or an image MDisk whose volume a writing host maps
 * (§3.5 copiedSvcData; the generator computes `svcData` from the one Java definition).
 */
fun svcDataLuns: set Lun { svcData.True }

/** The next write id of host h: its first write not yet issued. */
fun nextWrite[h: Host]: lone Write { (h.writes - Issued) - (h.writes - Issued).next }

/** The positions a backend copy copies: i < min(size(src), size(tgt)) (deeper chains cut [M]). */
fun copied[c: BackendCopy]: set Idx { c.src.positions & c.tgt.positions }

------------------------------------------------------------------------------------------------
-- Frame conditions: groups of variables an event leaves unchanged
------------------------------------------------------------------------------------------------

pred keepData    { cval' = cval and dirty' = dirty and content' = content and keepStale }
pred keepStale   { Stale0' = Stale0 and Stale1' = Stale1 }
pred keepWrites  { Issued' = Issued and wvol' = wvol and wblk' = wblk and earlier' = earlier }
pred keepAccess  { TimedOut' = TimedOut and Faulted' = Faulted }
pred keepCopies  { cphase' = cphase and done' = done and SvcDataCopied' = SvcDataCopied and fdone' = fdone }
pred keepUpgrade { Up' = Up and Upgraded' = Upgraded and phase' = phase and Connected' = Connected }
pred keepRc      { rc' = rc and queued' = queued and keepCycles }
pred keepCycles  { frozen' = frozen and Cycling' = Cycling and cdone' = cdone }
pred keepFlags   { Raised' = Raised }

/** The LUN position of block b of each volume (a constant: the topology only). */
fun placeOf[b: Block]: Volume -> Lun -> Idx {
  { v: Volume, l: Lun, i: Idx | l = b.(v.lunOf) and i = b.(v.posOf) }
}

/** The LUN position of block b of copy 1 of each mirrored volume (a constant). */
fun placeOf1[b: Block]: Volume -> Lun -> Idx {
  { v: Volume, l: Lun, i: Idx | l = b.(v.mirrorLunOf) and i = b.(v.mirrorPosOf) }
}

/** §7.2 the mirrored volumes whose copy 1 takes a write of block b: its LUN for b is online. */
fun takes1[b: Block]: set Volume { { v: mirrored | b.(v.mirrorLunOf) in onlineLuns } }

/** Copy 0 takes a write of block b when its LUN is online, or when copy 1 does not (one copy: always, §2). */
fun takes0[b: Block]: set Volume { { v: Volume | b.(v.lunOf) in onlineLuns or v not in takes1[b] } }

/** The LUN positions a write of block b to the volumes vs reaches: each copy that takes it (§7.2). */
fun reached[vs: set Volume, b: Block]: Lun -> Idx {
  (vs & takes0[b]).(placeOf[b]) + (vs & takes1[b]).(placeOf1[b])
}

/** A copy of a mirrored volume in vs that does not take a write of block b goes out of sync (§7.2). */
pred missWrite[vs: set Volume, b: Block] {
  Stale0' = Stale0 + ((vs & mirrored) - takes0[b])
  Stale1' = Stale1 + ((vs & mirrored) - takes1[b])
}

/**
 * §2 "Applying a write" of one value x to block b of the volumes vs (a host write and its Metro
 * Mirror copies, or a replicated write): the same as applyWrites[vs -> b -> x], stated without a
 * comprehension over every LUN position so that it translates in a fraction of the time.
 */
pred applyWrite[vs: set Volume, b: Block, x: Val] {
  let cw = vs & cachingWrites, thru = vs - cachingWrites, lw = reached[thru, b] {
    cval' = (cval - (vs -> b -> Val)) + cw -> b -> x
    dirty' = (dirty - vs -> b) + cw -> b
    content' = (content - (lw -> Val)) + lw -> x
    missWrite[thru, b]
  }
}

/**
 * §2 "Applying a write", for all writes w of one step at once (a partial function from volume
 * blocks to values). A volume that caches writes gets a dirty cache entry; otherwise the LUN
 * position is written and a cached copy is dropped [M]. Everything else is unchanged.
 */
pred applyWrites[w: Volume -> Block -> Val] {
  let cw = cachingWrites <: w,
      thru = (Volume - cachingWrites) <: w,
      lw = { l: Lun, i: Idx, x: Val | some v: Volume, b: Block |
               v -> b -> x in thru and (
                 (b.(v.lunOf) = l and b.(v.posOf) = i and v in takes0[b])
                 or (some b.(v.mirrorLunOf) and b.(v.mirrorLunOf) = l and b.(v.mirrorPosOf) = i and v in takes1[b])) } {
    cval' = (cval - (w.Val -> Val)) + cw
    dirty' = (dirty - w.Val) + cw.Val
    content' = (content - (lw.Val -> Val)) + lw
    Stale0' = Stale0 + { v: mirrored | some b: v.(thru.Val) | v not in takes0[b] }
    Stale1' = Stale1 + { v: mirrored | some b: v.(thru.Val) | v not in takes1[b] }
  }
}

------------------------------------------------------------------------------------------------
-- §3 Events: one predicate per event, named as traces show them
------------------------------------------------------------------------------------------------

/** A Metro Mirror write of v times out at the host (§3.1, stress [M]). */
pred timesOut[v: Volume] {
  Setting.stress = True
  some r: master.v | r.rtype = Metro and r.rc = ConsistentSynchronized and some r.pship and r.pship in Connected
    and (all s: r.pship.psystems | some (nsys.s - Up))
}

/** §3.1 HostWrite(host, volume, block): the next write of h to block b of its volume v. */
pred HostWrite[h: Host, v: Volume, b: Block] {
  h in writingHosts and v in h.reachable and v in onlineVolumes and some nextWrite[h]
  timesOut[v] implies {
    -- the write times out: the volume is lost to the host; nothing is written
    TimedOut' = TimedOut + v
    keepData and keepWrites and Faulted' = Faulted and keepCopies and keepUpgrade and keepRc and keepFlags
  } else {
    let x = nextWrite[h] {
      Issued' = Issued + x
      wvol' = wvol + x -> v
      wblk' = wblk + x -> b
      earlier' = earlier + x -> Issued
      -- the write itself, and in the same step its Metro Mirror copies to online secondaries [D]
      applyWrite[v + { a: onlineVolumes | some r: master.v | r.rtype = Metro and r.rc = ConsistentSynchronized
        and a = r.aux }, b, x]
      -- Global Mirror: acknowledged first, queued for later replication [D]
      queued' = queued + { r: master.v | r.rtype = Global and r.rc = ConsistentSynchronized } -> x
      -- a Metro Mirror secondary that is offline cannot take the write: its group stops (§3.1)
      let stopped = group.({ r: master.v | r.rtype = Metro and r.rc = ConsistentSynchronized
                              and r.aux not in onlineVolumes }.group) {
        rc' = rc ++ (stopped & rc.ConsistentSynchronized) -> ConsistentStopped
                 ++ (stopped & rc.InconsistentCopying) -> InconsistentStopped
      }
      keepAccess and keepCopies and keepUpgrade and keepFlags and keepCycles
    }
  }
}

/**
 * §3.2 Destage(volume, block): a dirty block is written to its LUN position, in any order [D]; a
 * mirrored volume's to each copy that takes it (§7.2).
 */
pred Destage[v: Volume, b: Block] {
  b in v.dirty
  -- never to an offline LUN: suspended by a backend copy, or presented by a faulted MDisk (§3.2);
  -- a mirrored volume waits only while neither copy's LUN is online
  b.(v.lunOf) in onlineLuns or v in takes1[b]
  let lw = reached[v, b] {
    content' = (content - (lw -> Val)) + (lw -> b.(v.cval))
  }
  missWrite[v, b]
  dirty' = dirty - v -> b
  cval' = cval
  keepWrites and keepAccess and keepCopies and keepUpgrade and keepRc and keepFlags
}

/** §3.3 HostRead(host, volume, block): only reads of blocks on a backend copy target [M]. */
pred HostRead[h: Host, v: Volume, b: Block] {
  v in h.reachable and v in onlineVolumes and v in cachingReads
  some (b.(v.lunOf) + b.(v.mirrorLunOf)) & BackendCopy.tgt
  let lunVal = onDisk[v, b] {
    some b.(v.cval) implies {
      -- served from the cache; a clean entry that differs from the LUN is stale [D/M]
      cval' = cval
      (b not in v.dirty and b.(v.cval) != lunVal) implies Raised' = Raised + StaleRead
        else Raised' = Raised
    } else {
      -- read from the LUN and kept clean in the cache
      cval' = cval + v -> b -> lunVal
      Raised' = Raised
    }
  }
  dirty' = dirty and content' = content and keepStale
  keepWrites and keepAccess and keepCopies and keepUpgrade and keepRc
}

/** §3.4 LunSuspend(copy): the source LUN goes offline to the systems until LunResume [D]. */
pred LunSuspend[c: BackendCopy] {
  some c.members and c.suspends = True and c.cphase = Idle and c.done < Setting.snapshots
  cphase' = cphase ++ c.members -> SuspendedBefore
  done' = done and SvcDataCopied' = SvcDataCopied and fdone' = fdone
  keepData and keepWrites and keepAccess and keepUpgrade and keepRc and keepFlags
}

/**
 * §1 carriers: the volumes a volume's writes propagate to (the aux of its relationships, the target
 * of its FlashCopy mappings), one hop; `^carry` is the transitive relation.
 */
fun carry: Volume -> Volume { ~master.aux + ~fsrc.ftgt }

/**
 * §3.5 write w reached a block on the source LUN of c that T misses: its own block, or the same
 * block of a carrier of its volume whose logical content covers w (it has reached that volume).
 */
pred missedOn[c: BackendCopy, T: Idx -> Val, w: Write] {
  let b = w.wblk {
    missedAt[c, T, w.wvol, b, w]
    or (some v2: w.wvol.^carry | c.src in b.(v2.lunOf) + b.(v2.mirrorLunOf) and covers[logical[v2, b], w]
          and missedAt[c, T, v2, b, w])
  }
}

/** A position of block b of v on the source LUN of c that T does not cover w at: copy 0's or copy 1's (§7.2). */
pred missedAt[c: BackendCopy, T: Idx -> Val, v: Volume, b: Block, w: Write] {
  (b.(v.lunOf) = c.src and not covers[(b.(v.posOf)).T, w])
  or (b.(v.mirrorLunOf) = c.src and not covers[(b.(v.mirrorPosOf)).T, w])
}

/** T of copy m: its source LUN's content at the positions it copies. */
fun contentOf[m: BackendCopy]: Idx -> Val { copied[m] <: m.src.content }

/**
 * §3.5 the common part of BackendSnapshot and BackendReplicate, for c and the copies taken with it
 * (c.members: c alone, or its backend consistency group), at one instant.
 */
pred backendCopy[c: BackendCopy] {
  some c.members
  c.done < Setting.snapshots
  c.suspends = True implies c.cphase = SuspendedBefore else c.cphase = Idle
  -- pitIncomplete (pointInTime only): an acknowledged write that reached a source LUN's volumes
  -- (itself or through a carrier) not covered in that copy's T
  (c.ctype = PointInTime and some m: c.members, w: Issued | missedOn[m, contentOf[m], w])
    implies PitIncomplete in Raised' else (PitIncomplete in Raised' iff PitIncomplete in Raised)
  -- pitDisordered (both types): some T holds (h, k) but some T misses an earlier (h, j) that
  -- reached its source LUN (the targets of copies taken together are one image)
  (some m1, m2: c.members, k: Idx.(contentOf[m1]) & Write, w: Issued & k.^~next | missedOn[m2, contentOf[m2], w])
    implies PitDisordered in Raised' else (PitDisordered in Raised' iff PitDisordered in Raised)
  (StaleRead in Raised' iff StaleRead in Raised)
  -- copiedSvcData: the target LUN holds system data
  SvcDataCopied' = SvcDataCopied + { m: c.members | m.tgt in svcDataLuns }
  -- each target becomes its T; the system does not see these writes (its caches stay)
  content' = (content - { l: Lun, i: Idx, x: Val | some m: c.members | l = m.tgt and i in copied[m] })
    + { l: Lun, i: Idx, x: Val | some m: c.members | l = m.tgt and i -> x in contentOf[m] }
  all m: c.members | m.done' = plus[m.done, 1]
  all d: BackendCopy - c.members | d.done' = d.done
  cphase' = (c.suspends = True implies cphase ++ c.members -> SuspendedAfter else cphase)
  fdone' = fdone
  cval' = cval and dirty' = dirty and keepStale
  keepWrites and keepAccess and keepUpgrade and keepRc
}

/** §3.5 BackendSnapshot(copy): a pointInTime copy takes the source LUN's content, atomically. */
pred BackendSnapshot[c: BackendCopy] { c.ctype = PointInTime and backendCopy[c] }

/** §3.5 BackendReplicate(copy): a replication target catches up with the source LUN. */
pred BackendReplicate[c: BackendCopy] { c.ctype = Replication and backendCopy[c] }

/** §3.6 LunResume(copy). */
pred LunResume[c: BackendCopy] {
  some c.members and c.cphase = SuspendedAfter
  cphase' = cphase ++ c.members -> Idle
  done' = done and SvcDataCopied' = SvcDataCopied and fdone' = fdone
  keepData and keepWrites and keepAccess and keepUpgrade and keepRc and keepFlags
}

/** The managed MDisks of pool p that a copy with copiedSvcData has overwritten, not yet faulted. */
fun overwritten[p: Pool]: set MDisk {
  { m: mpool.p & mode.Managed - Faulted | m.mlun in SvcDataCopied.tgt }
}

/** §3.7 PoolFault(pool): the overwritten MDisks go offline, and with them the pool [D]. */
pred PoolFault[p: Pool] {
  some overwritten[p]
  Faulted' = Faulted + overwritten[p]
  TimedOut' = TimedOut
  keepData and keepWrites and keepCopies and keepUpgrade and keepRc and keepFlags
}

/** §3.8 FlashCopyStart(flashCopy): a consistent copy of the source's logical content [D]. */
pred FlashCopyStart[f: FlashCopy] {
  f.fdone < Setting.snapshots and f.fsrc + f.ftgt in onlineVolumes
  applyWrites[{ a: Volume, b: Block, y: Val | a = f.ftgt and y = logical[f.fsrc, b] }]
  f.fdone' = plus[f.fdone, 1]
  all g: FlashCopy - f | g.fdone' = g.fdone
  cphase' = cphase and done' = done and SvcDataCopied' = SvcDataCopied
  keepWrites and keepAccess and keepUpgrade and keepRc and keepFlags
}

pred keepAllButUpgrade {
  keepData and keepWrites and keepAccess and keepCopies and keepRc and keepFlags
}

/** §3.9 UpgradeStart(system): ordered by the plan's `after` lists. */
pred UpgradeStart[s: System] {
  s.phase = Pending and s.hasStep = True and s.afterSys.phase in Committed and s.sysAfterOps in OpDone
  phase' = phase ++ s -> Upgrading
  Up' = Up and Upgraded' = Upgraded and Connected' = Connected
  keepAllButUpgrade
}

/** §3.10 NodeDown(system, node): one node of an I/O group at a time [D]. */
pred NodeDown[s: System, n: Node] {
  n.nsys = s and s.phase = Upgrading and n in Up - Upgraded and (ngroup.(n.ngroup) - n) in Up
  Up' = Up - n
  Upgraded' = Upgraded and phase' = phase and Connected' = Connected
  keepAllButUpgrade
}

/** §3.11 NodeUp(system, node): the node comes back on the new level. */
pred NodeUp[s: System, n: Node] {
  n.nsys = s and n not in Up
  Up' = Up + n
  Upgraded' = Upgraded + n
  phase' = phase and Connected' = Connected
  keepAllButUpgrade
}

/** §3.12 UpgradeCommit(system): every node up and upgraded; the level becomes the target [D]. */
pred UpgradeCommit[s: System] {
  s.phase = Upgrading and nsys.s in Up & Upgraded
  phase' = phase ++ s -> Committed
  Up' = Up and Upgraded' = Upgraded and Connected' = Connected
  keepAllButUpgrade
}

/** Both systems of the partnership are upgrading. */
pred bothUpgrading[p: Partnership] { p.psystems.phase = Upgrading }

/** §3.13 PartnershipFault(partnership): concurrent upgrades [M] or incompatible levels. */
pred PartnershipFault[p: Partnership] {
  p in Connected and (bothUpgrading[p] or not compatible[p])
  Connected' = Connected - p
  let between = { r: Rel | r.master.vsys + r.aux.vsys = p.psystems } {
    rc' = rc
      ++ (between & rc.(ConsistentSynchronized + ConsistentCopying)) -> ConsistentStopped
      ++ (between & rc.InconsistentCopying) -> InconsistentStopped
    -- a cycle in progress is abandoned: the aux keeps the last complete image (§9)
    frozen' = frozen - between -> Block -> Val
    Cycling' = Cycling - between.group
    cdone' = cdone
  }
  queued' = queued   -- Global Mirror queues are kept
  Up' = Up and Upgraded' = Upgraded and phase' = phase
  keepData and keepWrites and keepAccess and keepCopies and keepFlags
}

/** §3.14 PartnershipRestore(partnership): relationships stay stopped. */
pred PartnershipRestore[p: Partnership] {
  p not in Connected and not bothUpgrading[p] and compatible[p]
  Connected' = Connected + p
  Up' = Up and Upgraded' = Upgraded and phase' = phase
  keepAllButUpgrade
}

/** §3.15 GlobalReplicate(group): the oldest queued entry of the group reaches the aux [D]. */
pred GlobalReplicate[g: Group] {
  some r: group.g, x: r.queued {
    -- (r, x) is the oldest entry: issue order, then file order of the relationship
    no r2: group.g, y: r2.queued | y in x.earlier or (y = x and r2 in r.fileBefore)
    r.pship in Connected and r.aux in onlineVolumes
    queued' = queued - r -> x
    applyWrite[r.aux, x.wblk, x]
  }
  rc' = rc
  keepWrites and keepAccess and keepCopies and keepUpgrade and keepFlags and keepCycles
}

/**
 * §3.16 RelationshipSynchronized(relationship): the background copy completes, for every
 * inconsistent_copying relationship of its consistency group at once.
 */
pred RelationshipSynchronized[r: Rel] {
  let rs = group.(r.group) & rc.InconsistentCopying {
    r.rc = InconsistentCopying and (group.(r.group)).pship in Connected and rs.master + rs.aux in onlineVolumes
    applyWrites[{ a: Volume, b: Block, y: Val | some r2: rs | a = r2.aux and y = logical[r2.master, b] }]
    rc' = rc ++ (rs & rcycling.False) -> ConsistentSynchronized ++ (rs & rcycling.True) -> ConsistentCopying
  }
  queued' = queued
  keepWrites and keepAccess and keepCopies and keepUpgrade and keepFlags and keepCycles
}

/**
 * §9 CycleStart(group): a running group in cycling mode freezes its masters' content (the master
 * change volumes' FlashCopy), at most Setting.snapshots cycles per group.
 */
pred CycleStart[g: Group] {
  let rs = group.g {
    some rs and rs.rcycling = True and rs.rc = ConsistentCopying and rs.pship in Connected
    g not in Cycling and g.cdone < Setting.snapshots
    frozen' = frozen ++ { r: rs, b: Block, y: Val | y = logical[r.master, b] }
  }
  Cycling' = Cycling + g
  g.cdone' = plus[g.cdone, 1]
  all h: Group - g | h.cdone' = h.cdone
  rc' = rc and queued' = queued
  keepData and keepWrites and keepAccess and keepCopies and keepUpgrade and keepFlags
}

/** §9 CycleComplete(group): the frozen image reaches the group's aux volumes, all at once. */
pred CycleComplete[g: Group] {
  let rs = group.g {
    g in Cycling and rs.pship in Connected
    -- a cycle copies the changed grains only
    applyWrites[{ a: Volume, b: Block, y: Val | some r: rs | a = r.aux and y = b.(r.frozen) and y != logical[a, b] }]
    frozen' = frozen - rs -> Block -> Val
  }
  Cycling' = Cycling - g
  cdone' = cdone
  rc' = rc and queued' = queued
  keepWrites and keepAccess and keepCopies and keepUpgrade and keepFlags
}

/** Every step operator step k waits for has finished. */
pred opReady[k: OpStep] { k.opAfterSys.phase in Committed and k.opAfterOps in OpDone }

/**
 * §3.17 RelationshipStop(group): the plan's operator stop of the group; running relationships stop
 * (consistent_synchronized to consistent_stopped, inconsistent_copying to inconsistent_stopped).
 */
pred RelationshipStop[g: Group] {
  some k: OpStep - OpDone | k.opGroup = g and k.opStops = True and opReady[k] and OpDone' = OpDone + k
  rc' = rc ++ (group.g & rc.(ConsistentSynchronized + ConsistentCopying)) -> ConsistentStopped
    ++ (group.g & rc.InconsistentCopying) -> InconsistentStopped
  -- a cycle in progress is abandoned: the aux keeps the last complete image (§9)
  frozen' = frozen - group.g -> Block -> Val
  Cycling' = Cycling - g
  cdone' = cdone
  queued' = queued
  keepData and keepWrites and keepAccess and keepCopies and keepUpgrade and keepFlags
}

/**
 * §3.18 RelationshipStart(group): the plan's operator start of the group, once its partnerships
 * are connected and its Global Mirror queue is drained; stopped relationships resynchronize.
 */
pred RelationshipStart[g: Group] {
  some k: OpStep - OpDone | k.opGroup = g and k.opStops = False and opReady[k] and OpDone' = OpDone + k
  (group.g).pship in Connected and no (group.g).queued
  rc' = rc ++ (group.g & rc.(ConsistentStopped + InconsistentStopped)) -> InconsistentCopying
  queued' = queued
  keepData and keepWrites and keepAccess and keepCopies and keepUpgrade and keepFlags and keepCycles
}

/** The relationships this step takes out of consistent_synchronized (consistent_copying in cycling mode). */
fun leftSync: set Rel {
  { r: Rel | r.rc in ConsistentSynchronized + ConsistentCopying and r.rc' not in ConsistentSynchronized + ConsistentCopying }
}

/** Nothing changes (lets a trace end in a loop; never needed before a shortest violation). */
pred stutter {
  keepData and keepWrites and keepAccess and keepCopies and keepUpgrade and keepRc and keepFlags
}

------------------------------------------------------------------------------------------------
-- §2 Initial state and the transition relation
------------------------------------------------------------------------------------------------

pred init {
  no cval and no dirty
  content = { l: Lun, i: Idx, x: Val | i in l.positions and x = Zero }
  no Issued and no wvol and no wblk and no earlier
  no TimedOut and no Faulted
  all c: BackendCopy | c.cphase = Idle and c.done = 0
  no SvcDataCopied
  all f: FlashCopy | f.fdone = 0
  Up = Node and no Upgraded
  System.phase in Pending
  Connected = { p: Partnership | compatible[p] }
  all r: Rel | r.rc = r.initial
  no queued
  no Raised
  no OpDone and no LostSync
  no Stale0 and no Stale1
  no frozen and no Cycling and (all g: Group | g.cdone = 0)
}

/**
 * Every step is exactly one event, or a stutter. Operator steps run only by their own events, and
 * the RC-SYNC ghost records every relationship that any other event takes out of
 * consistent_synchronized (the one frame rule for every event but RelationshipStop).
 */
pred step {
  (some g: Group | RelationshipStop[g] and LostSync' = LostSync)
  or (some g: Group | RelationshipStart[g] and LostSync' = LostSync + leftSync)
  or (OpDone' = OpDone and LostSync' = LostSync + leftSync and otherEvent)
}

/** Every event but the operator steps, or a stutter. */
pred otherEvent {
  (some h: Host, v: Volume, b: Block | HostWrite[h, v, b])
  or (some v: Volume, b: Block | Destage[v, b])
  or (some h: Host, v: Volume, b: Block | HostRead[h, v, b])
  or (some c: BackendCopy | LunSuspend[c] or BackendSnapshot[c] or BackendReplicate[c] or LunResume[c])
  or (some p: Pool | PoolFault[p])
  or (some f: FlashCopy | FlashCopyStart[f])
  or (some s: System | UpgradeStart[s] or UpgradeCommit[s])
  or (some s: System, n: Node | NodeDown[s, n] or NodeUp[s, n])
  or (some p: Partnership | PartnershipFault[p] or PartnershipRestore[p])
  or (some g: Group | GlobalReplicate[g])
  or (some r: Rel | RelationshipSynchronized[r])
  or (some g: Group | CycleStart[g] or CycleComplete[g])
  or stutter
}

/**
 * Every step is an event or a stutter. A run of the configuration also starts in `init`: the
 * bounded checks below assume it (`init implies ...`); the inductive checks of §5 start from
 * any state instead, which is why `init` is not part of this fact.
 */
fact behaviour { always step }

------------------------------------------------------------------------------------------------
-- §4 Invariants: one predicate (holds in a state) and one assertion (always holds) each
------------------------------------------------------------------------------------------------

/** CS-PIT-COMPLETE */
pred pitComplete { PitIncomplete not in Raised }
/** CS-PIT-ORDER */
pred pitOrder { PitDisordered not in Raised }
/** CS-STALE-READ */
pred noStaleRead { StaleRead not in Raised }
/** CS-TARGET-HOLDS-SVC-DATA */
pred targetNoSvcData { no SvcDataCopied }
/** CS-MANAGED-LUN-SUSPENDED: no suspended copy whose source LUN has a managed or image MDisk */
pred managedLunNotSuspended {
  no c: BackendCopy | c.cphase != Idle and some (mlun.(c.src) & mode.(Managed + ImageMode))
}
/** AV-VOLUME-ONLINE: every volume mapped to a host is online, and every host reaches the volumes it maps */
pred volumesOnline { Host.maps in onlineVolumes and maps in reachable }
/** RC-SYNC: no relationship has left consistent_synchronized other than by an operator stop */
pred rcSync { no LostSync }

/**
 * RC-SECONDARY-CONSISTENT, for one group: (A) every write an aux block holds is a master write of
 * the group to that block, and (B) a held write (h, k) comes with every earlier (h, j) that went
 * to a master block of the group or of any relationship in a consistent state (across groups).
 */
pred groupPrefix[g: Group] {
  let rs = group.g {
    all a: rs.aux, b: Block | let x = logical[a, b] | x in Write implies {
      some r1: rs & aux.a | x.wvol = r1.master and x.wblk = b
      all w: Issued & x.^~next, r2: (rs + rc.(ConsistentSynchronized + ConsistentStopped + ConsistentCopying)) & master.(w.wvol) |
        covers[logical[r2.aux, w.wblk], w]
    }
  }
}
pred secondaryConsistent {
  all r: Rel | r.rc in ConsistentSynchronized + ConsistentStopped + ConsistentCopying implies groupPrefix[r.group]
}
/**
 * Every relationship of the partnership (it has some) is stopped by an operator step that has run
 * and is not yet restarted.
 */
pred operatorStopped[p: Partnership] {
  some pship.p
  all r: pship.p | (some k: OpDone | k.opGroup = r.group and k.opStops = True)
    and (no k: OpDone | k.opGroup = r.group and k.opStops = False)
}
/** UP-COMPATIBLE-LEVELS: incompatible levels only while the operator has stopped every relationship between them */
pred levelsCompatible { all p: Partnership | compatible[p] or operatorStopped[p] }

-- CS-PIT-COMPLETE (docs/semantics.md §4; what it protects: §0)
assert CS_PIT_COMPLETE { init implies always pitComplete }
-- CS-PIT-ORDER
assert CS_PIT_ORDER { init implies always pitOrder }
-- CS-STALE-READ
assert CS_STALE_READ { init implies always noStaleRead }
-- CS-TARGET-HOLDS-SVC-DATA
assert CS_TARGET_HOLDS_SVC_DATA { init implies always targetNoSvcData }
-- CS-MANAGED-LUN-SUSPENDED
assert CS_MANAGED_LUN_SUSPENDED { init implies always managedLunNotSuspended }
-- AV-VOLUME-ONLINE
assert AV_VOLUME_ONLINE { init implies always volumesOnline }
-- RC-SYNC
assert RC_SYNC { init implies always rcSync }
-- RC-SECONDARY-CONSISTENT
assert RC_SECONDARY_CONSISTENT { init implies always secondaryConsistent }
-- UP-COMPATIBLE-LEVELS
assert UP_COMPATIBLE_LEVELS { init implies always levelsCompatible }

------------------------------------------------------------------------------------------------
-- §5 Induction: proofs for runs of every length
--
-- A bounded check covers runs of up to N events. An inductive check covers all runs at once: if
-- a predicate I holds in every initial state and every step from a state satisfying I leads to
-- a state satisfying I, then I holds in every reachable state. Each check X_inductive below takes
-- I = the invariant X and the lemmas: facts about every reachable state that make X inductive
-- (the invariant alone usually is not: some unreachable state satisfies it and steps to a state
-- that does not). Nothing here is assumed: Alloy checks both obligations, for I as a whole, on
-- two states (any state and its successor), so a lemma that does not hold for a configuration
-- only makes the proof fail there. When an inductive check fails the engine falls back to the
-- bounded check, which finds the shortest counterexample if there is one.
------------------------------------------------------------------------------------------------

/** Writes: issued in order per host, the ghost fields set for issued writes only, `earlier` the issue order. */
pred lemmaWrites {
  Issued.~next in Issued
  wvol.Volume = Issued and wblk.Block = Issued
  all w: Issued | w.wvol in w.by.maps
  earlier in Issued -> Issued
  no iden & earlier
  earlier.earlier in earlier
  all disj x, y: Issued | x in y.earlier or y in x.earlier
  all x: Issued | x.~next in x.earlier
}

/** Values: Zero or issued writes; one value per LUN position; cache entries only where the mode keeps them. */
pred lemmaValues {
  Block.(Volume.cval) in Zero + Issued
  Idx.(Lun.content) in Zero + Issued
  all l: Lun | l.content.Val = l.positions
  all v: Volume | v.dirty in (v.cval).Val
  dirty.Block in cache.ReadWrite
  (cval.Val).Block in cache.(ReadWrite + ReadOnly)
  -- only a mirrored volume has a copy that can be out of sync (§7.2)
  Stale0 + Stale1 in mirrored
}

/** Upgrades: one node down per I/O group, only while its system upgrades; systems in plan order. */
pred lemmaUpgrade {
  Upgraded in Up
  (Node - Up).nsys.phase in Upgrading
  Upgraded.nsys.phase in Upgrading + Committed
  all s: phase.Committed | nsys.s in Upgraded
  all g: IoGroup | lone (ngroup.g - Up)
  all s: System | s.phase != Pending implies (s.hasStep = True and s.afterSys.phase in Committed)
}

/** Access: timeouts only under stress; faults only on overwritten MDisks; suspends only by suspending copies. */
pred lemmaAccess {
  Setting.stress = False implies no TimedOut
  TimedOut in (rtype.Metro).master
  SvcDataCopied in tgt.svcDataLuns
  Faulted in mlun.(SvcDataCopied.tgt)
  cphase.(SuspendedBefore + SuspendedAfter) in suspends.True
}

/** Relationships: states reachable from the configured one; queued entries are Global Mirror writes to the master. */
pred lemmaRc {
  all r: Rel | (r.initial = ConsistentSynchronized and no opGroup.(r.group))
    implies r.rc in ConsistentSynchronized + ConsistentStopped
  all r: Rel | (r.initial in ConsistentStopped + InconsistentStopped + Idling and no opGroup.(r.group))
    implies r.rc = r.initial
  OpDone.opAfterSys.phase in Committed
  OpDone.opAfterOps in OpDone
  all s: System | s.phase != Pending implies s.sysAfterOps in OpDone
  -- a group stopped by the operator and not yet restarted runs nothing
  all k: OpDone & opStops.True | no (OpDone & opStops.False & opGroup.(k.opGroup))
    implies (group.(k.opGroup)).rc in ConsistentStopped + InconsistentStopped + Idling
  Rel.queued in Issued
  all r: Rel, x: r.queued | x.wvol = r.master
  queued.Write in rtype.Global
  -- cycling mode (§9): a frozen image holds issued writes, only while its group cycles
  Block.(Rel.frozen) in Zero + Issued
  all r: Rel | r.group not in Cycling implies no r.frozen
}

/** The lemmas every inductive check uses. */
pred lemmas { lemmaWrites and lemmaValues and lemmaUpgrade and lemmaAccess and lemmaRc }

/** Writes on the source LUN of a backend copy have reached the LUN (for CS-PIT-COMPLETE, CS-PIT-ORDER). */
pred lemmaSources {
  all w: Issued | let l = (w.wblk).(w.wvol.lunOf) | l in BackendCopy.src implies
    covers[(w.wblk).(w.wvol.posOf).(l.content), w]
  all w: Issued | let l = (w.wblk).(w.wvol.mirrorLunOf) | (some l and l in BackendCopy.src) implies
    covers[(w.wblk).(w.wvol.mirrorPosOf).(l.content), w]
}

/** Writes a carrier holds on the source LUN of a backend copy have reached the LUN (CS-PIT-COMPLETE, CS-PIT-ORDER). */
pred lemmaCarried {
  all w: Issued, v2: w.wvol.^carry | let b = w.wblk, l = b.(v2.lunOf) |
    (l in BackendCopy.src and covers[logical[v2, b], w]) implies covers[(b.(v2.posOf)).(l.content), w]
  all w: Issued, v2: w.wvol.^carry | let b = w.wblk, l = b.(v2.mirrorLunOf) |
    (some l and l in BackendCopy.src and covers[logical[v2, b], w]) implies covers[(b.(v2.mirrorPosOf)).(l.content), w]
}

/** The aux of r covers write w at w's block. */
pred onAux[w: Write, r: Rel] { covers[logical[r.aux, w.wblk], w] }

/** A block that no copy writes covers every write to it (for RC-SECONDARY-CONSISTENT). */
pred lemmaCover {
  all w: Issued | (w.wvol not in Rel.aux + FlashCopy.ftgt + ((Stale0 + Stale1) & mirrored)
      and no (w.wblk).(w.wvol.(lunOf + mirrorLunOf)) & BackendCopy.tgt)
    implies covers[logical[w.wvol, w.wblk], w]
  -- such a block holds only writes to itself (what a resynchronization copies from a master)
  all v: Volume - Rel.aux - FlashCopy.ftgt, b: Block | no b.(v.(lunOf + mirrorLunOf)) & BackendCopy.tgt
    implies logical[v, b] in Zero + { x: Issued | x.wvol = v and x.wblk = b }
}

/**
 * Remote copy (for RC-SECONDARY-CONSISTENT): the relationships of a group share their state;
 * while consistent_synchronized every write to a master is on the aux or queued; whatever was
 * issued to the group's masters before a queued write is queued or on the aux; a queued write is
 * later than every write an aux of the group holds; and while consistent_synchronized the
 * writes to the group's masters that are not queued were issued before every queued one.
 */
pred lemmaMirror {
  all r1, r2: Rel | r1.group = r2.group implies r1.rc = r2.rc
  all r: rc.(InconsistentCopying + InconsistentStopped) | no (group.(r.group)).queued
  all r: Rel, w: Issued | (r.rc = ConsistentSynchronized and w.wvol = r.master) implies (w in r.queued or onAux[w, r])
  all r: Rel, x: r.queued, r2: group.(r.group), w: Issued & x.earlier |
    w.wvol = r2.master implies (w in r2.queued or onAux[w, r2])
  all r: Rel, y: r.queued, r2: group.(r.group), b: Block | let z = logical[r2.aux, b] | z in Write implies z in y.earlier
  all r: Rel, y: r.queued, r2: group.(r.group), w: Issued |
    (r.rc = ConsistentSynchronized and w.wvol = r2.master and w not in Rel.queued) implies w in y.earlier
}

/**
 * Cycling mode (for RC-SECONDARY-CONSISTENT, §9): a frozen image exists exactly while its group
 * cycles, one value per block; it holds writes to its own master block only; a held write comes
 * with every earlier write of the host to a master of the group (in the image) and to a master of
 * any other relationship in a consistent state (on its aux); and it is at least as new as the aux.
 */
pred lemmaCycle {
  all r: Rel | r.group not in Cycling implies no r.frozen
  all r: Rel | r.group in Cycling implies
    (r.rcycling = True and r.rc = ConsistentCopying and (all b: Block | one b.(r.frozen)))
  all r: Rel, b: Block, x: b.(r.frozen) & Write | x in Issued and x.wvol = r.master and x.wblk = b
  all r: Rel, b: Block, x: b.(r.frozen) & Write, w: Issued & x.^~next |
    (all r2: group.(r.group) & master.(w.wvol) | covers[(w.wblk).(r2.frozen), w])
    and (all r2: (rc.(ConsistentSynchronized + ConsistentStopped + ConsistentCopying) - group.(r.group))
      & master.(w.wvol) | covers[logical[r2.aux, w.wblk], w])
  all r: Rel, w: Issued | (r.group in Cycling and w.wvol = r.master and onAux[w, r]) implies
    covers[(w.wblk).(r.frozen), w]
  all r: rcycling.True, b: Block |
    (r.master not in Rel.aux + FlashCopy.ftgt and b.(r.master.lunOf) not in BackendCopy.tgt) implies
      (all x: logical[r.master, b] & Write | x.wvol = r.master and x.wblk = b)
}

/** The inductive predicate of each invariant: the invariant and the lemmas it needs. */
pred pitCompleteI { lemmas and lemmaSources and lemmaCarried and pitComplete }
pred pitOrderI { lemmas and lemmaSources and lemmaCarried and pitOrder }
pred noStaleReadI { lemmas and noStaleRead }
pred targetNoSvcDataI { lemmas and targetNoSvcData }
pred managedLunNotSuspendedI { lemmas and managedLunNotSuspended }
pred volumesOnlineI { lemmas and volumesOnline }
pred rcSyncI { lemmas and rcSync }
pred secondaryConsistentI { lemmas and lemmaCover and lemmaMirror and lemmaCycle and secondaryConsistent }
pred levelsCompatibleI { lemmas and levelsCompatible }

-- The inductive checks: the initial states satisfy I, and every step from a state satisfying I
-- leads to a state satisfying I (checked on 2 states: any state and its successor).
assert CS_PIT_COMPLETE_inductive { (init implies pitCompleteI) and (pitCompleteI implies after pitCompleteI) }
assert CS_PIT_ORDER_inductive { (init implies pitOrderI) and (pitOrderI implies after pitOrderI) }
assert CS_STALE_READ_inductive { (init implies noStaleReadI) and (noStaleReadI implies after noStaleReadI) }
assert CS_TARGET_HOLDS_SVC_DATA_inductive {
  (init implies targetNoSvcDataI) and (targetNoSvcDataI implies after targetNoSvcDataI) }
assert CS_MANAGED_LUN_SUSPENDED_inductive {
  (init implies managedLunNotSuspendedI) and (managedLunNotSuspendedI implies after managedLunNotSuspendedI) }
assert AV_VOLUME_ONLINE_inductive { (init implies volumesOnlineI) and (volumesOnlineI implies after volumesOnlineI) }
assert RC_SYNC_inductive { (init implies rcSyncI) and (rcSyncI implies after rcSyncI) }
assert RC_SECONDARY_CONSISTENT_inductive {
  (init implies secondaryConsistentI) and (secondaryConsistentI implies after secondaryConsistentI) }
assert UP_COMPATIBLE_LEVELS_inductive {
  (init implies levelsCompatibleI) and (levelsCompatibleI implies after levelsCompatibleI) }

/** All invariants at once: one check that proves every invariant when the configuration keeps them all. */
pred allI {
  pitCompleteI and pitOrderI and noStaleReadI and targetNoSvcDataI and managedLunNotSuspendedI
  and volumesOnlineI and rcSyncI and secondaryConsistentI and levelsCompatibleI
}
assert ALL_inductive { (init implies allI) and (allI implies after allI) }

/** Some initial state exists (else every check would hold vacuously); the engine runs this first. */
pred someInitialState { init }
