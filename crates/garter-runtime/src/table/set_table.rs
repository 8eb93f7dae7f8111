//! The set hash table, laid out and probed exactly like CPython 3.11's set
//! object so that iterating a set visits its elements in CPython's order.
//!
//! The table is an open-addressing array of slots (a power of two, at least
//! [`MIN_SLOTS`]). A slot is empty, a dummy (a deleted element, which keeps
//! probe chains intact) or full (an element with its hash). `fill` counts
//! full and dummy slots, `used` counts full slots. Probing from a hash starts
//! at `hash & mask`, looks at up to [`LINEAR_PROBES`] following slots when
//! they fit before the end of the table, then jumps with
//! `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`.
//!
//! This module holds the table and the operations that never compare keys
//! (resizing, copying, popping, clearing, iteration) plus a step-by-step
//! probing API ([`SetTable::probe`], [`SetTable::probe_step`]) that lets the
//! caller compare keys with the table *not* borrowed, because comparing can
//! run user code that mutates the very table being probed. The lookups,
//! insertions and set algebra built on that API live in `set_ops`.
//!
//! Hashes are CPython's `Py_hash_t` values (`i64`); a real hash is never -1.

use std::sync::atomic::{AtomicU64, Ordering};

/// Slot count of an empty table, and the smallest table ever used.
pub const MIN_SLOTS: usize = 8;

/// How many slots after the probe start are checked before jumping.
pub const LINEAR_PROBES: usize = 9;

/// How far the perturbation is shifted at every jump.
const PERTURB_SHIFT: u32 = 5;

/// Above this many elements a growing table doubles instead of quadrupling.
const LARGE_TABLE_USED: usize = 50_000;

/// Storage identity of the built-in [`MIN_SLOTS`] table (CPython's
/// `smalltable`, which every set owns and reuses).
const SMALL_STORAGE: u64 = 0;

/// Source of storage identities for tables larger than [`MIN_SLOTS`].
static NEXT_STORAGE: AtomicU64 = AtomicU64::new(SMALL_STORAGE + 1);

/// A key stored in a [`SetTable`].
pub trait TableKey: Clone {
    /// Object identity (Python's `is`). Lookups treat an identical key as
    /// equal without calling the equality callback, as CPython does.
    fn is_same(&self, other: &Self) -> bool;
}

/// One slot of the table.
#[derive(Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Full { hash: i64, key: K },
}

/// Slot indices visited when probing for a hash, in CPython's order. The
/// sequence never ends; it visits every slot eventually.
#[derive(Clone, Debug)]
struct ProbeSeq {
    mask: usize,
    base: usize,
    offset: usize,
    linear: usize,
    perturb: u64,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> Self {
        let perturb = hash as u64;
        let base = (perturb as usize) & mask;
        ProbeSeq {
            mask,
            base,
            offset: 0,
            linear: Self::linear_run(base, mask),
            perturb,
        }
    }

    /// Consecutive slots checked after `base` before the next jump.
    fn linear_run(base: usize, mask: usize) -> usize {
        if base + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }

    fn next_index(&mut self) -> usize {
        if self.offset > self.linear {
            self.perturb >>= PERTURB_SHIFT;
            let jumped = (self.base as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb);
            self.base = (jumped as usize) & self.mask;
            self.offset = 0;
            self.linear = Self::linear_run(self.base, self.mask);
        }
        let index = self.base + self.offset;
        self.offset += 1;
        index
    }
}

/// Where a probe for one hash has got to. Made by [`SetTable::probe`],
/// advanced by [`SetTable::probe_step`]; it holds no borrow of the table.
#[derive(Clone, Debug)]
pub struct ProbeCursor {
    hash: i64,
    seq: ProbeSeq,
    storage: u64,
    free_slot: Option<usize>,
}

impl ProbeCursor {
    /// The hash being probed for.
    pub fn hash(&self) -> i64 {
        self.hash
    }
}

/// The end of a probe that met an empty slot: the key is not in the table.
/// Pass it to [`SetTable::insert_vacant`] to add the key there.
#[derive(Clone, Debug)]
pub struct Vacancy {
    hash: i64,
    empty_slot: usize,
    free_slot: Option<usize>,
    generation: u64,
}

/// What one [`SetTable::probe_step`] found.
#[derive(Debug)]
pub enum ProbeStep<'a, K> {
    /// An empty slot ended the probe: no stored key equals the probed one.
    Vacant(Vacancy),
    /// A full slot whose stored hash equals the probed hash: the caller
    /// decides whether `key` equals the probed key, then keeps stepping if
    /// not. Slots holding other hashes and dummies are skipped silently.
    Candidate { slot: usize, key: &'a K },
}

/// How [`SetTable::begin_merge`] left a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeStart {
    /// Every element has been copied; nothing is left to do.
    Done,
    /// The target was not empty: the caller must add each element of the
    /// source, in slot order, with the comparing insertion.
    NeedsInserts,
}

/// A set hash table with CPython 3.11's layout. See the module docs.
#[derive(Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
    generation: u64,
    storage: u64,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

fn empty_slots<K>(count: usize) -> Vec<Slot<K>> {
    let mut slots = Vec::with_capacity(count);
    slots.resize_with(count, || Slot::Empty);
    slots
}

/// Puts `key` in the first empty slot of its probe sequence; the table must
/// hold no dummies and at least one empty slot (true while resizing).
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mut seq = ProbeSeq::new(hash, slots.len().wrapping_sub(1));
    loop {
        if let Some(slot) = slots.get_mut(seq.next_index()) {
            if matches!(slot, Slot::Empty) {
                *slot = Slot::Full { hash, key };
                return;
            }
        }
    }
}

/// CPython's `_shuffle_bits`, used by the frozenset hash.
fn shuffle_bits(hash: u64) -> u64 {
    ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167)
}

impl<K> SetTable<K> {
    /// An empty table of [`MIN_SLOTS`] slots.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SLOTS),
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
            storage: SMALL_STORAGE,
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the table holds no element.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (a power of two, at least [`MIN_SLOTS`]).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Number of full plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// A counter that changes whenever any slot changes or the table is
    /// rebuilt, cleared or replaced.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The elements with their hashes, in slot order (CPython's iteration
    /// order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Full { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// The first element at slot `pos` or after, with its slot: CPython's
    /// `set_next`. Iterators keep `slot + 1` as their next position, so they
    /// stay valid (if not meaningful) when the table changes under them.
    /// (CPython's set iterator also remembers [`SetTable::len`] at its start
    /// and raises `RuntimeError: Set changed size during iteration` when it
    /// differs at a later step.)
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(slot, entry)| match entry {
                Slot::Full { hash, key } => Some((slot, *hash, key)),
                _ => None,
            })
    }

    /// The element in `slot`, if that slot is full.
    pub fn entry_at(&self, slot: usize) -> Option<(i64, &K)> {
        match self.slots.get(slot) {
            Some(Slot::Full { hash, key }) => Some((*hash, key)),
            _ => None,
        }
    }

    /// Starts probing for `hash`.
    pub fn probe(&self, hash: i64) -> ProbeCursor {
        ProbeCursor {
            hash,
            seq: ProbeSeq::new(hash, self.mask()),
            storage: self.storage,
            free_slot: None,
        }
    }

    /// Advances `cursor` to the next full slot holding its hash, or to the
    /// empty slot that ends the probe. A cursor made before the table was
    /// rebuilt into new storage starts over, as CPython's lookups do.
    pub fn probe_step(&self, cursor: &mut ProbeCursor) -> ProbeStep<'_, K> {
        if cursor.storage != self.storage || cursor.seq.mask != self.mask() {
            *cursor = self.probe(cursor.hash);
        }
        loop {
            let index = cursor.seq.next_index();
            match self.slots.get(index) {
                Some(Slot::Full { hash, key }) if *hash == cursor.hash => {
                    return ProbeStep::Candidate { slot: index, key };
                }
                Some(Slot::Dummy) => cursor.free_slot = Some(index),
                Some(Slot::Empty) | None => {
                    return ProbeStep::Vacant(Vacancy {
                        hash: cursor.hash,
                        empty_slot: index,
                        free_slot: cursor.free_slot,
                        generation: self.generation,
                    });
                }
                Some(Slot::Full { .. }) => {}
            }
        }
    }

    /// After comparing a [`ProbeStep::Candidate`] with the table released:
    /// whether the table still uses the storage `cursor` started in and
    /// `slot` still holds the same `key` (by identity). CPython restarts
    /// the probe when this fails.
    pub fn candidate_unchanged(&self, cursor: &ProbeCursor, slot: usize, key: &K) -> bool
    where
        K: TableKey,
    {
        cursor.storage == self.storage
            && matches!(self.slots.get(slot), Some(Slot::Full { key: held, .. }) if held.is_same(key))
    }

    /// Adds `key` where the probe that produced `vacancy` ended: into the
    /// last dummy slot the probe passed, else into the empty slot (growing
    /// the table when it gets two-thirds full, CPython's `fill*5 >= mask*3`).
    /// Gives the key back if the table changed since the probe step.
    pub fn insert_vacant(&mut self, vacancy: Vacancy, key: K) -> Result<(), K> {
        if vacancy.generation != self.generation {
            return Err(key);
        }
        let hash = vacancy.hash;
        if let Some(free) = vacancy.free_slot {
            return match self.slots.get_mut(free) {
                Some(slot @ Slot::Dummy) => {
                    *slot = Slot::Full { hash, key };
                    self.used += 1;
                    self.generation += 1;
                    Ok(())
                }
                _ => Err(key),
            };
        }
        match self.slots.get_mut(vacancy.empty_slot) {
            Some(slot @ Slot::Empty) => *slot = Slot::Full { hash, key },
            _ => return Err(key),
        }
        self.fill += 1;
        self.used += 1;
        self.generation += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
        Ok(())
    }

    /// Removes the element in `slot` (leaving a dummy) and returns it.
    pub fn remove_at(&mut self, slot: usize) -> Option<(i64, K)> {
        let entry = self.slots.get_mut(slot)?;
        if !matches!(entry, Slot::Full { .. }) {
            return None;
        }
        match std::mem::replace(entry, Slot::Dummy) {
            Slot::Full { hash, key } => {
                self.used -= 1;
                self.generation += 1;
                Some((hash, key))
            }
            _ => None,
        }
    }

    /// `set.pop()`: removes the first element at or after the search finger
    /// (wrapping around) and moves the finger past it.
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let start = self.finger & mask;
        let slot = (start..=mask)
            .chain(0..start)
            .find(|&i| matches!(self.slots.get(i), Some(Slot::Full { .. })))?;
        let popped = self.remove_at(slot)?;
        self.finger = slot + 1;
        Some(popped)
    }

    /// `set.clear()`: back to an empty [`MIN_SLOTS`] table. The pop finger
    /// is kept, as in CPython.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SLOTS);
        self.fill = 0;
        self.used = 0;
        self.storage = SMALL_STORAGE;
        self.generation += 1;
    }

    /// The size CPython asks for when a table must grow or shed dummies.
    fn growth_target(&self) -> usize {
        if self.used > LARGE_TABLE_USED {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Rebuilds the table with the smallest power-of-two slot count above
    /// `min_used`, re-inserting elements in old slot order (dummies are
    /// dropped). An [`MIN_SLOTS`] table without dummies that would stay at
    /// that size is left alone.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SLOTS;
        while size <= min_used && size <= usize::MAX / 4 {
            size <<= 1;
        }
        if size == MIN_SLOTS && self.slots.len() == MIN_SLOTS && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        self.storage = if size == MIN_SLOTS {
            SMALL_STORAGE
        } else {
            NEXT_STORAGE.fetch_add(1, Ordering::Relaxed)
        };
        self.fill = self.used;
        self.generation += 1;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }

    /// Grows the table ahead of adding about `incoming` elements, as
    /// CPython does before merging a set or dict into a set:
    /// when `(fill + incoming) * 5 >= mask * 3` it resizes for
    /// `(used + incoming) * 2` elements.
    pub fn reserve_for_incoming(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Ends a difference update: when more than a quarter of the slots are
    /// dummies, rebuilds the table as a growing insertion would.
    pub fn purge_dummies_after_difference(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Starts merging `source` (a different table) into `self`, as
    /// CPython's `set_merge`: nothing to do when the source is empty;
    /// otherwise reserve room, then copy without comparing when `self` is
    /// empty (slot for slot when the sizes match and the source has no
    /// dummies, else by clean insertion in source slot order).
    pub fn begin_merge(&mut self, source: &SetTable<K>) -> MergeStart
    where
        K: Clone,
    {
        if source.used == 0 {
            return MergeStart::Done;
        }
        self.reserve_for_incoming(source.used);
        if self.fill != 0 {
            return MergeStart::NeedsInserts;
        }
        if self.slots.len() == source.slots.len() && source.fill == source.used {
            for (mine, theirs) in self.slots.iter_mut().zip(&source.slots) {
                if let Slot::Full { hash, key } = theirs {
                    *mine = Slot::Full {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
        } else {
            for (hash, key) in source.iter() {
                insert_clean(&mut self.slots, hash, key.clone());
            }
        }
        self.fill = source.used;
        self.used = source.used;
        self.generation += 1;
        MergeStart::Done
    }

    /// A new table holding `source`'s elements, as CPython's `set(s)`,
    /// `s.copy()` and `frozenset(s)` build it (an empty table merged with
    /// the source; no comparisons happen).
    pub fn copy_of(source: &SetTable<K>) -> SetTable<K>
    where
        K: Clone,
    {
        let mut copy = SetTable::new();
        copy.begin_merge(source);
        copy
    }

    /// Takes over `other`'s contents but keeps this table's pop finger, as
    /// CPython's `set_swap_bodies` does for `intersection_update`.
    pub fn replace_contents(&mut self, other: SetTable<K>) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
        self.storage = other.storage;
        self.generation += 1;
    }

    /// CPython's `frozenset.__hash__` of these elements (independent of
    /// their order).
    pub fn frozenset_hash(&self) -> i64 {
        let mut hash = self
            .iter()
            .fold(0u64, |acc, (h, _)| acc ^ shuffle_bits(h as u64));
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}
