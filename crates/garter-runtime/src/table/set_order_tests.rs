//! Replays the operation sequences in `set_order_cases.txt` (recorded from
//! python3 by `scripts/gen-set-order-cases.py`) on [`SetTable`] and checks
//! that iteration order, popped elements, answers and the sequence of
//! `__eq__` calls are CPython's.

use std::cell::{Cell, RefCell};
use std::convert::Infallible;

use super::set_iterable_ops;
use super::set_ops::{self, SetCell};
use super::set_table::{ProbeStep, SetTable, TableKey, MIN_SLOTS};

const CASES: &str = include_str!("set_order_cases.txt");

/// A test key: an integer and the hash CPython gives it in the case's mode.
#[derive(Clone, Debug)]
struct TestKey {
    value: i128,
    hash: i64,
}

impl TableKey for TestKey {
    fn is_same(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

/// CPython's `hash(int)`: the value modulo 2**61 - 1 with its sign, and -2
/// instead of -1.
fn int_hash(value: i128) -> i64 {
    const MODULUS: u128 = (1 << 61) - 1;
    let magnitude = (value.unsigned_abs() % MODULUS) as i64;
    let hash = if value < 0 { -magnitude } else { magnitude };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

#[derive(Clone, Copy, Debug)]
enum HashMode {
    Int,
    Modulo(i128),
}

type Table = RefCell<SetTable<TestKey>>;
type EqLog = Vec<(i128, i128)>;

struct Replay {
    mode: HashMode,
    sets: Vec<Table>,
}

fn values(table: &SetTable<TestKey>) -> Vec<i128> {
    table.iter().map(|(_, key)| key.value).collect()
}

impl Replay {
    fn new(mode: HashMode) -> Self {
        Replay {
            mode,
            sets: (0..4).map(|_| RefCell::new(SetTable::new())).collect(),
        }
    }

    fn key(&self, value: i128) -> TestKey {
        let hash = match self.mode {
            HashMode::Int => int_hash(value),
            HashMode::Modulo(modulus) => value.rem_euclid(modulus) as i64,
        };
        TestKey { value, hash }
    }

    fn set(&self, index: i128) -> &Table {
        &self.sets[index as usize]
    }

    /// The distinct values in first-seen order: the keys of
    /// `dict.fromkeys(values)`.
    fn dict_keys(values: &[i128]) -> Vec<i128> {
        let mut keys: Vec<i128> = Vec::new();
        for &value in values {
            if !keys.contains(&value) {
                keys.push(value);
            }
        }
        keys
    }

    fn run_dict_op(&self, op: &str, args: &[i128], log: &mut EqLog) -> Option<Vec<i128>> {
        let mut eq = logging_eq(log);
        let d = args[0];
        let (other, values) = match op {
            "symdiffdict" | "diffdict" => (args[1], &args[2..]),
            _ => (d, &args[1..]),
        };
        let keys = Self::dict_keys(values);
        let items = self.items(&keys);
        let assign = |table: SetTable<TestKey>| *self.set(d).borrow_mut() = table;
        let result = match op {
            "dictset" => {
                set_iterable_ops::table_from_dict_keys(keys.len(), items, &mut eq).map(assign)
            }
            "dictupdate" => {
                set_iterable_ops::update_from_dict_keys(self.set(d), keys.len(), items, &mut eq)
            }
            "xupdatedict" => set_iterable_ops::symmetric_difference_update_with_dict_keys(
                self.set(d),
                items,
                &mut eq,
            ),
            "symdiffdict" => set_iterable_ops::symmetric_difference_with_dict_keys(
                self.set(other),
                keys.len(),
                items,
                &mut eq,
            )
            .map(assign),
            _ => set_iterable_ops::difference_with_dict(
                self.set(other),
                keys.len(),
                || self.items(&keys),
                |_, key| Ok(keys.contains(&key.value)),
                &mut eq,
            )
            .map(assign),
        };
        let Ok(()) = result;
        None
    }

    /// The frozenset constant CPython's compiler makes of a set display of
    /// three or more constants: built from the items in source order, then
    /// rebuilt from its own iteration order when constants are merged.
    fn folded_constant(&self, elements: &[i128], log: &mut EqLog) -> SetTable<TestKey> {
        let folded = RefCell::new(SetTable::new());
        self.add_all(&folded, elements, log);
        let merged = RefCell::new(SetTable::new());
        let order = folded.read(values);
        self.add_all(&merged, &order, log);
        merged.into_inner()
    }

    /// The keys of `values` as the items of an iterable, hashed lazily.
    fn items<'a>(
        &'a self,
        values: &'a [i128],
    ) -> impl Iterator<Item = Result<(i64, TestKey), Infallible>> + 'a {
        values.iter().map(|&value| {
            let key = self.key(value);
            Ok((key.hash, key))
        })
    }

    fn add_all(&self, table: &Table, values: &[i128], log: &mut EqLog) {
        for &value in values {
            let key = self.key(value);
            let _ = set_ops::add(table, key.hash, key, &mut logging_eq(log));
        }
    }

    /// Runs one operation; returns what it produced (if anything).
    fn run(&mut self, op: &str, args: &[i128], log: &mut EqLog) -> Option<Vec<i128>> {
        let arg = |i: usize| args[i];
        let rest = args.get(1..).unwrap_or(&[]);
        let mut eq = logging_eq(log);
        let assign = |replay: &Replay, d: i128, table: SetTable<TestKey>| {
            *replay.set(d).borrow_mut() = table;
        };
        match op {
            "new" => assign(self, arg(0), SetTable::new()),
            "list" | "updatelist" => {
                if op == "list" {
                    assign(self, arg(0), SetTable::new());
                }
                drop(eq);
                self.add_all(self.set(arg(0)), rest, log);
            }
            "range" | "discardrange" => {
                drop(eq);
                let (start, stop, step) = (arg(1), arg(2), arg(3));
                let values: Vec<i128> = (0..)
                    .map(|i| start + i * step)
                    .take_while(|&v| v < stop)
                    .collect();
                if op == "range" {
                    assign(self, arg(0), SetTable::new());
                    self.add_all(self.set(arg(0)), &values, log);
                } else {
                    for value in values {
                        let key = self.key(value);
                        let _ = set_ops::discard(
                            self.set(arg(0)),
                            key.hash,
                            &key,
                            &mut logging_eq(log),
                        );
                    }
                }
            }
            "order" => {
                let order = self.set(arg(0)).read(values);
                let digest: i128 = (1..)
                    .zip(&order)
                    .map(|(position, value)| position * value.rem_euclid(1_000_003))
                    .sum();
                return Some(vec![order.len() as i128, digest % ((1 << 61) - 1)]);
            }
            "addevil" | "containsevil" | "discardevil" => {
                drop(eq);
                return self.run_mutating(op, arg(0), arg(1), arg(2), log);
            }
            "interlist" | "difflist" | "symdifflist" => {
                let set = self.set(arg(1));
                let items = self.items(args.get(2..).unwrap_or(&[]));
                let result = match op {
                    "interlist" => set_iterable_ops::intersection_with_items(set, items, &mut eq),
                    "difflist" => set_iterable_ops::difference_with_items(set, items, &mut eq),
                    _ => set_iterable_ops::symmetric_difference_with_items(set, items, &mut eq),
                };
                let Ok(result) = result;
                assign(self, arg(0), result);
            }
            "iupdatelist" | "dupdatelist" | "xupdatelist" => {
                let set = self.set(arg(0));
                let items = self.items(rest);
                let _ = match op {
                    "iupdatelist" => {
                        set_iterable_ops::intersection_update_with_items(set, items, &mut eq)
                    }
                    "dupdatelist" => {
                        set_iterable_ops::difference_update_with_items(set, items, &mut eq)
                    }
                    _ => set_iterable_ops::symmetric_difference_update_with_items(
                        set, items, &mut eq,
                    ),
                };
            }
            "subsetlist" | "supersetlist" | "disjointlist" => {
                let set = self.set(arg(0));
                let items = self.items(rest);
                let answer = match op {
                    "subsetlist" => set_iterable_ops::is_subset_of_items(set, items, &mut eq),
                    "supersetlist" => set_iterable_ops::is_superset_of_items(set, items, &mut eq),
                    _ => set_iterable_ops::is_disjoint_from_items(set, items, &mut eq),
                };
                return Some(vec![i128::from(answer == Ok(true))]);
            }
            "dictset" | "dictupdate" | "xupdatedict" | "symdiffdict" | "diffdict" => {
                drop(eq);
                return self.run_dict_op(op, args, log);
            }
            "lit" => {
                drop(eq);
                let built = if args.len() > 3 {
                    let folded = RefCell::new(self.folded_constant(rest, log));
                    let built = RefCell::new(SetTable::new());
                    let _ = set_ops::update(&built, &folded, &mut logging_eq(log));
                    built
                } else {
                    let built = RefCell::new(SetTable::new());
                    self.add_all(&built, rest, log);
                    built
                };
                assign(self, arg(0), built.into_inner());
            }
            "forlit" => {
                drop(eq);
                return Some(values(&self.folded_constant(args, log)));
            }
            "add" => {
                let key = self.key(arg(1));
                let _ = set_ops::add(self.set(arg(0)), key.hash, key, &mut eq);
            }
            "discard" => {
                let key = self.key(arg(1));
                let _ = set_ops::discard(self.set(arg(0)), key.hash, &key, &mut eq);
            }
            "pop" => {
                let popped = self.set(arg(0)).borrow_mut().pop();
                return Some(popped.map(|(_, key)| key.value).into_iter().collect());
            }
            "clear" => self.set(arg(0)).borrow_mut().clear(),
            "contains" => {
                let key = self.key(arg(1));
                let found = set_ops::contains(self.set(arg(0)), key.hash, &key, &mut eq);
                return Some(vec![i128::from(found == Ok(true))]);
            }
            "update" => {
                let _ = set_ops::update(self.set(arg(0)), self.set(arg(1)), &mut eq);
            }
            "copy" | "frozen" => assign(self, arg(0), set_ops::copy(self.set(arg(1)))),
            "union" | "inter" | "diff" | "symdiff" => {
                let (a, b) = (self.set(arg(1)), self.set(arg(2)));
                let result = match op {
                    "union" => set_ops::union(a, b, &mut eq),
                    "inter" => set_ops::intersection(a, b, &mut eq),
                    "diff" => set_ops::difference(a, b, &mut eq),
                    _ => set_ops::symmetric_difference(a, b, &mut eq),
                };
                let Ok(result) = result;
                assign(self, arg(0), result);
            }
            "iupdate" => {
                let _ = set_ops::intersection_update(self.set(arg(0)), self.set(arg(1)), &mut eq);
            }
            "dupdate" => {
                let _ = set_ops::difference_update(self.set(arg(0)), self.set(arg(1)), &mut eq);
            }
            "xupdate" => {
                let (a, b) = (self.set(arg(0)), self.set(arg(1)));
                let _ = set_ops::symmetric_difference_update(a, b, &mut eq);
            }
            "subset" | "disjoint" => {
                let (a, b) = (self.set(arg(0)), self.set(arg(1)));
                let answer = if op == "subset" {
                    set_ops::is_subset(a, b, &mut eq)
                } else {
                    set_ops::is_disjoint(a, b, &mut eq)
                };
                return Some(vec![i128::from(answer == Ok(true))]);
            }
            "check" => return Some(self.set(arg(0)).read(values)),
            "hash" => {
                let hash = self.set(arg(0)).read(SetTable::frozenset_hash);
                return Some(vec![i128::from(hash)]);
            }
            _ => panic!("unknown operation {op}"),
        }
        None
    }
}

impl Replay {
    /// Runs add/contains/discard of `value` on set `d` while the first
    /// comparison discards `victim` from the set and adds `victim + 1000`.
    fn run_mutating(
        &self,
        op: &str,
        d: i128,
        value: i128,
        victim: i128,
        log: &mut EqLog,
    ) -> Option<Vec<i128>> {
        let target = self.set(d);
        let shared_log = RefCell::new(std::mem::take(log));
        let armed = Cell::new(true);
        let plain_eq = |stored: &TestKey, probe: &TestKey| {
            shared_log.borrow_mut().push((stored.value, probe.value));
            Ok::<_, Infallible>(stored.value == probe.value)
        };
        let mut eq = |stored: &TestKey, probe: &TestKey| {
            shared_log.borrow_mut().push((stored.value, probe.value));
            if armed.replace(false) {
                let gone = self.key(victim);
                let _ = set_ops::discard(target, gone.hash, &gone, &mut plain_eq.clone());
                let added = self.key(victim + 1000);
                let _ = set_ops::add(target, added.hash, added, &mut plain_eq.clone());
            }
            Ok::<_, Infallible>(stored.value == probe.value)
        };
        let key = self.key(value);
        let output = match op {
            "addevil" => set_ops::add(target, key.hash, key, &mut eq).map(|_| None),
            "discardevil" => set_ops::discard(target, key.hash, &key, &mut eq).map(|_| None),
            _ => set_ops::contains(target, key.hash, &key, &mut eq)
                .map(|found| Some(vec![i128::from(found)])),
        };
        *log = shared_log.into_inner();
        let Ok(output) = output;
        output
    }
}

fn logging_eq(log: &mut EqLog) -> impl FnMut(&TestKey, &TestKey) -> Result<bool, Infallible> + '_ {
    |stored, probe| {
        log.push((stored.value, probe.value));
        Ok(stored.value == probe.value)
    }
}

fn numbers(tokens: &[&str]) -> Vec<i128> {
    tokens
        .iter()
        .map(|t| t.parse().unwrap_or_else(|_| panic!("bad number {t}")))
        .collect()
}

fn eq_log(tokens: &[&str]) -> EqLog {
    tokens
        .iter()
        .map(|t| {
            let (stored, probe) = t.split_once(':').expect("stored:probe");
            (numbers(&[stored])[0], numbers(&[probe])[0])
        })
        .collect()
}

/// An operation line followed by what CPython recorded for it.
struct Expected<'a> {
    op: &'a str,
    args: Vec<i128>,
    output: Option<Vec<i128>>,
    eq_calls: EqLog,
}

fn parse_case<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Vec<Expected<'a>> {
    let mut steps: Vec<Expected> = Vec::new();
    for line in lines.by_ref() {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        match tokens.first().copied() {
            Some("end") => break,
            Some(">") => steps.last_mut().expect("op").output = Some(numbers(&tokens[1..])),
            Some("~") => steps.last_mut().expect("op").eq_calls = eq_log(&tokens[1..]),
            Some(op) => steps.push(Expected {
                op,
                args: numbers(&tokens[1..]),
                output: None,
                eq_calls: Vec::new(),
            }),
            None => {}
        }
    }
    steps
}

#[test]
fn replays_match_cpython() {
    let mut lines = CASES.lines().filter(|l| !l.starts_with('#'));
    let mut failures = Vec::new();
    let mut cases = 0;
    while let Some(header) = lines.next() {
        let parts: Vec<&str> = header.split_whitespace().collect();
        let (name, mode) = (parts[1], parts[2]);
        let mode = match mode.strip_prefix("mod") {
            Some(modulus) => HashMode::Modulo(modulus.parse().expect("modulus")),
            None => HashMode::Int,
        };
        cases += 1;
        let mut replay = Replay::new(mode);
        for (index, step) in parse_case(&mut lines).into_iter().enumerate() {
            let mut log = Vec::new();
            let output = replay.run(step.op, &step.args, &mut log);
            let logged = matches!(mode, HashMode::Modulo(_));
            if output != step.output || (logged && log != step.eq_calls) {
                failures.push(format!(
                    "{name} step {index} `{} {:?}`:\n  got {output:?} eq {log:?}\n  want {:?} eq {:?}",
                    step.op, step.args, step.output, step.eq_calls
                ));
                break;
            }
        }
    }
    assert!(cases > 250, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases differ:\n{}",
        failures.len(),
        failures
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn int_hash_matches_cpython() {
    assert_eq!(int_hash(-1), -2);
    assert_eq!(int_hash(1 << 61), 1);
    assert_eq!(int_hash(1 << 64), 8);
    assert_eq!(int_hash(-(1 << 70)), -512);
    assert_eq!(int_hash((1 << 61) - 1), 0);
}

/// A comparison that replaces the compared element makes CPython restart
/// the probe, which then compares the new element too.
#[test]
fn comparison_that_mutates_the_table_restarts_the_probe() {
    let table: Table = RefCell::new(SetTable::new());
    let key = |value| TestKey { value, hash: 0 };
    for value in [1, 3] {
        let _ = set_ops::add(&table, 0, key(value), &mut |_, _| {
            Ok::<_, Infallible>(false)
        });
    }
    let mut calls = Vec::new();
    let mut eq = |stored: &TestKey, probe: &TestKey| {
        calls.push(stored.value);
        if stored.value == 1 {
            let mut table = table.borrow_mut();
            let _ = table.remove_at(0);
            let mut cursor = table.probe(0);
            let vacancy = loop {
                if let ProbeStep::Vacant(vacancy) = table.probe_step(&mut cursor) {
                    break vacancy;
                }
            };
            assert!(table.insert_vacant(vacancy, key(7)).is_ok());
        }
        Ok::<_, Infallible>(stored.value == probe.value)
    };
    let found = set_ops::contains(&table, 0, &key(5), &mut eq);
    assert_eq!(found, Ok(false));
    assert_eq!(calls, vec![1, 7, 3]);
    assert_eq!(values(&table.borrow()), vec![7, 3]);
}

#[test]
fn errors_from_eq_propagate() {
    let table: Table = RefCell::new(SetTable::new());
    let _ = set_ops::add(&table, 5, TestKey { value: 1, hash: 5 }, &mut |_, _| {
        Ok::<_, Infallible>(false)
    });
    let probe = TestKey { value: 2, hash: 5 };
    let result = set_ops::add(&table, 5, probe, &mut |_, _| Err("boom"));
    assert_eq!(result, Err("boom"));
    assert_eq!(table.borrow().len(), 1);
}

#[test]
fn plain_methods_work_without_cells() {
    let mut table = SetTable::new();
    let eq = |a: &TestKey, b: &TestKey| Ok::<_, Infallible>(a.value == b.value);
    for value in 0..20 {
        assert_eq!(
            table.insert(int_hash(value), TestKey { value, hash: 0 }, eq),
            Ok(true)
        );
    }
    let probe = TestKey { value: 7, hash: 0 };
    assert_eq!(table.contains(7, &probe, eq), Ok(true));
    assert_eq!(
        table.remove(7, &probe, eq).map(|k| k.map(|k| k.value)),
        Ok(Some(7))
    );
    assert_eq!(table.contains(7, &probe, eq), Ok(false));
    assert_eq!(table.len(), 19);
    assert_eq!(table.slot_count(), 128);
    table.clear();
    assert_eq!((table.len(), table.slot_count()), (0, MIN_SLOTS));
}
