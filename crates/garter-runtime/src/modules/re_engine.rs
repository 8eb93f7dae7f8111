//! The `re` module's matcher: a backtracking machine over a compiled
//! [`Program`], with an explicit stack of choice points and an undo log for
//! group marks and repeat counters (no recursion), giving the leftmost,
//! first-alternative match CPython's `_sre` gives. Positions are character
//! indices.

use super::re_compile::{is_word, lower_char, upper_char, CharTest, Inst, Program};

/// How a match attempt is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Search,
    Match,
    FullMatch,
}

enum Undo {
    Slot(usize, Option<usize>),
    Reg(usize, (usize, usize)),
    LastIndex(Option<usize>),
}

enum Choice {
    Alt {
        pc: usize,
        pos: usize,
        undo: usize,
    },
    Repeat {
        test_pc: usize,
        base: usize,
        count: usize,
        undo: usize,
    },
    Look {
        pos: usize,
        negated: bool,
        end: usize,
        undo: usize,
    },
    Atomic {
        undo: usize,
    },
}

struct Machine<'a> {
    prog: &'a Program,
    text: &'a [char],
    end: usize,
    slots: Vec<Option<usize>>,
    regs: Vec<(usize, usize)>,
    undo: Vec<Undo>,
    choices: Vec<Choice>,
    lastindex: Option<usize>,
}

/// A successful match: two slots per group (group 0 first) and the index
/// of the group closed last (`Match.lastindex`).
pub struct Found {
    pub slots: Vec<Option<usize>>,
    pub lastindex: Option<usize>,
}

/// Runs `prog` over `text[..end]` from `start`; the group spans (two
/// slots per group, group 0 first) of the first match.
pub fn run(
    prog: &Program,
    text: &[char],
    start: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let end = end.min(text.len());
    if start > end {
        return None;
    }
    let mut m = Machine {
        prog,
        text,
        end,
        slots: vec![None; 2 * (prog.groups + 1)],
        regs: vec![(0, usize::MAX); prog.registers],
        undo: Vec::new(),
        choices: Vec::new(),
        lastindex: None,
    };
    let first = match prog.insts.get(1) {
        Some(Inst::Test(test)) => Some(test),
        Some(Inst::RepeatTest { test, min, .. }) if *min > 0 => Some(test),
        _ => None,
    };
    let anchored = matches!(prog.insts.get(1), Some(Inst::StartOfString));
    let last = if mode == Mode::Search { end } else { start };
    for at in start..=last {
        if anchored && at > 0 {
            break;
        }
        if let Some(test) = first {
            if !(at < end && text.get(at).is_some_and(|c| test.matches(*c))) {
                continue;
            }
        }
        let strict = must_advance && at == start;
        if m.attempt(at, mode == Mode::FullMatch, strict) {
            return Some(Found {
                slots: m.slots,
                lastindex: m.lastindex,
            });
        }
        m.slots.iter_mut().for_each(|s| *s = None);
        m.undo.clear();
        m.choices.clear();
        m.lastindex = None;
    }
    None
}

impl Machine<'_> {
    fn set_slot(&mut self, i: usize, v: Option<usize>) {
        if let Some(slot) = self.slots.get_mut(i) {
            self.undo.push(Undo::Slot(i, *slot));
            *slot = v;
        }
        if i % 2 == 1 && i > 1 {
            self.undo.push(Undo::LastIndex(self.lastindex));
            self.lastindex = Some(i / 2);
        }
    }

    fn set_reg(&mut self, i: usize, v: (usize, usize)) {
        if let Some(reg) = self.regs.get_mut(i) {
            self.undo.push(Undo::Reg(i, *reg));
            *reg = v;
        }
    }

    fn reg(&self, i: usize) -> (usize, usize) {
        self.regs.get(i).copied().unwrap_or((0, usize::MAX))
    }

    fn rollback(&mut self, to: usize) {
        while self.undo.len() > to {
            match self.undo.pop() {
                Some(Undo::Slot(i, v)) => {
                    if let Some(s) = self.slots.get_mut(i) {
                        *s = v;
                    }
                }
                Some(Undo::Reg(i, v)) => {
                    if let Some(r) = self.regs.get_mut(i) {
                        *r = v;
                    }
                }
                Some(Undo::LastIndex(v)) => self.lastindex = v,
                None => break,
            }
        }
    }

    fn test_at(&self, test: &CharTest, pos: usize) -> bool {
        pos < self.end && self.text.get(pos).is_some_and(|c| test.matches(*c))
    }

    /// Backtracks to the latest choice point: the (pc, pos) to resume at.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.choices.pop()? {
                Choice::Alt { pc, pos, undo } => {
                    self.rollback(undo);
                    return Some((pc, pos));
                }
                Choice::Repeat {
                    test_pc,
                    base,
                    count,
                    undo,
                } => {
                    self.rollback(undo);
                    let Some(Inst::RepeatTest {
                        test,
                        min,
                        max,
                        greedy,
                    }) = self.prog.insts.get(test_pc)
                    else {
                        continue;
                    };
                    if *greedy {
                        if count > *min {
                            let count = count - 1;
                            self.choices.push(Choice::Repeat {
                                test_pc,
                                base,
                                count,
                                undo,
                            });
                            return Some((test_pc + 1, base + count));
                        }
                    } else if count < *max && self.test_at(test, base + count) {
                        let count = count + 1;
                        self.choices.push(Choice::Repeat {
                            test_pc,
                            base,
                            count,
                            undo,
                        });
                        return Some((test_pc + 1, base + count));
                    }
                }
                Choice::Look {
                    pos,
                    negated,
                    end,
                    undo,
                } => {
                    self.rollback(undo);
                    if negated {
                        return Some((end, pos));
                    }
                }
                Choice::Atomic { undo } => self.rollback(undo),
            }
        }
    }

    fn top_marker(&self, look: bool) -> Option<usize> {
        self.choices.iter().rposition(|c| match c {
            Choice::Look { .. } => look,
            Choice::Atomic { .. } => !look,
            _ => false,
        })
    }

    fn attempt(&mut self, start: usize, full: bool, strict: bool) -> bool {
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = self.step(&mut pc, &mut pos, start, full, strict);
            match ok {
                Step::Next => {}
                Step::Matched => return true,
                Step::Fail => match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return false,
                },
            }
        }
    }

    fn step(
        &mut self,
        pc: &mut usize,
        pos: &mut usize,
        start: usize,
        full: bool,
        strict: bool,
    ) -> Step {
        let prog = self.prog;
        let Some(inst) = prog.insts.get(*pc) else {
            return Step::Fail;
        };
        let text = self.text;
        let at = *pos;
        let prev = if at > 0 {
            text.get(at - 1).copied()
        } else {
            None
        };
        let cur = if at < self.end {
            text.get(at).copied()
        } else {
            None
        };
        let mut next = *pc + 1;
        match inst {
            Inst::Test(test) => {
                if !self.test_at(test, at) {
                    return Step::Fail;
                }
                *pos += 1;
            }
            Inst::RepeatTest {
                test,
                min,
                max,
                greedy,
            } => {
                let limit = if *greedy { *max } else { *min };
                let mut n = 0;
                while n < limit && self.test_at(test, at + n) {
                    n += 1;
                }
                if n < *min {
                    return Step::Fail;
                }
                let undo = self.undo.len();
                if (*greedy && n > *min) || (!*greedy && n < *max) {
                    self.choices.push(Choice::Repeat {
                        test_pc: *pc,
                        base: at,
                        count: n,
                        undo,
                    });
                }
                *pos += n;
            }
            Inst::Start { multiline } => {
                if !(at == 0 || (*multiline && prev == Some('\n'))) {
                    return Step::Fail;
                }
            }
            Inst::End { multiline } => {
                let ok =
                    at == self.end || (cur == Some('\n') && (*multiline || at + 1 == self.end));
                if !ok {
                    return Step::Fail;
                }
            }
            Inst::StartOfString => {
                if at != 0 {
                    return Step::Fail;
                }
            }
            Inst::EndOfString => {
                if at != self.end {
                    return Step::Fail;
                }
            }
            Inst::WordBoundary { negated, ascii } => {
                let before = prev.is_some_and(|c| is_word(c, *ascii));
                let after = cur.is_some_and(|c| is_word(c, *ascii));
                let boundary = if self.end == 0 {
                    false
                } else {
                    before != after
                };
                if boundary == *negated {
                    return Step::Fail;
                }
            }
            Inst::Save(i) => self.set_slot(*i, Some(at)),
            Inst::Split(alt) => {
                let undo = self.undo.len();
                self.choices.push(Choice::Alt {
                    pc: *alt,
                    pos: at,
                    undo,
                });
            }
            Inst::SplitPrefer(target) => {
                let undo = self.undo.len();
                self.choices.push(Choice::Alt {
                    pc: next,
                    pos: at,
                    undo,
                });
                next = *target;
            }
            Inst::Jump(target) => next = *target,
            Inst::RepInit(r) => self.set_reg(*r, (0, usize::MAX)),
            Inst::RepCheck {
                reg,
                min,
                max,
                greedy,
                exit,
            } => {
                let (count, last) = self.reg(*reg);
                if count >= *min {
                    if (count > 0 && last == at) || count >= *max {
                        next = *exit;
                    } else {
                        let undo = self.undo.len();
                        if *greedy {
                            self.choices.push(Choice::Alt {
                                pc: *exit,
                                pos: at,
                                undo,
                            });
                        } else {
                            self.choices.push(Choice::Alt {
                                pc: next,
                                pos: at,
                                undo,
                            });
                            next = *exit;
                        }
                    }
                }
            }
            Inst::RepMark(r) => {
                let (count, _) = self.reg(*r);
                self.set_reg(*r, (count, at));
            }
            Inst::RepInc(r) => {
                let (count, last) = self.reg(*r);
                self.set_reg(*r, (count + 1, last));
            }
            Inst::Backref { group, icase } => {
                let (Some(Some(s)), Some(Some(e))) =
                    (self.slots.get(2 * group), self.slots.get(2 * group + 1))
                else {
                    return Step::Fail;
                };
                let len = e.saturating_sub(*s);
                if at + len > self.end {
                    return Step::Fail;
                }
                let (Some(want), Some(have)) = (text.get(*s..*e), text.get(at..at + len)) else {
                    return Step::Fail;
                };
                let same = want.iter().zip(have).all(|(a, b)| {
                    a == b
                        || (*icase
                            && (lower_char(*a, false) == lower_char(*b, false)
                                || upper_char(*a, false) == upper_char(*b, false)))
                });
                if !same {
                    return Step::Fail;
                }
                *pos += len;
            }
            Inst::LookStart {
                behind,
                negated,
                end,
            } => {
                let undo = self.undo.len();
                self.choices.push(Choice::Look {
                    pos: at,
                    negated: *negated,
                    end: *end,
                    undo,
                });
                if let Some(width) = behind {
                    if at < *width {
                        return Step::Fail;
                    }
                    *pos -= width;
                }
            }
            Inst::LookEnd => {
                let Some(i) = self.top_marker(true) else {
                    return Step::Fail;
                };
                let Some(Choice::Look {
                    pos: saved,
                    negated,
                    end,
                    undo,
                }) = self.choices.get(i)
                else {
                    return Step::Fail;
                };
                let (saved, negated, end, undo) = (*saved, *negated, *end, *undo);
                self.choices.truncate(i);
                if negated {
                    self.rollback(undo);
                    return Step::Fail;
                }
                *pos = saved;
                next = end;
            }
            Inst::AtomicStart => {
                let undo = self.undo.len();
                self.choices.push(Choice::Atomic { undo });
            }
            Inst::AtomicEnd => {
                if let Some(i) = self.top_marker(false) {
                    self.choices.truncate(i);
                }
            }
            Inst::CondGroup { group, no } => {
                let set = matches!(
                    (self.slots.get(2 * group), self.slots.get(2 * group + 1)),
                    (Some(Some(_)), Some(Some(_)))
                );
                if !set {
                    next = *no;
                }
            }
            Inst::Match => {
                if (full && at != self.end) || (strict && at == start) {
                    return Step::Fail;
                }
                return Step::Matched;
            }
        }
        *pc = next;
        Step::Next
    }
}

enum Step {
    Next,
    Matched,
    Fail,
}
