//! The `re` module's compiler: a parsed [`Node`] tree into the flat
//! instruction list the backtracking matcher (`re_engine.rs`) runs, and
//! the character tests both share.

use super::re_parse::{ClassItem, Node};
use crate::text::chars;

/// One test of a single character.
#[derive(Clone, Debug)]
pub enum CharTest {
    Char(char),
    /// Case-insensitive: the character's folded forms.
    CharFold {
        lower: char,
        upper: char,
        ascii: bool,
    },
    Any,
    AnyButNewline,
    Class {
        items: Vec<ClassItem>,
        negated: bool,
        icase: bool,
        ascii: bool,
    },
}

/// One instruction of a compiled pattern.
#[derive(Clone, Debug)]
pub enum Inst {
    Test(CharTest),
    /// A single-character test repeated `min..=max` times, without groups.
    RepeatTest {
        test: CharTest,
        min: usize,
        max: usize,
        greedy: bool,
    },
    Start {
        multiline: bool,
    },
    End {
        multiline: bool,
    },
    StartOfString,
    EndOfString,
    WordBoundary {
        negated: bool,
        ascii: bool,
    },
    Save(usize),
    /// Try the next instruction, and `alt` if that fails.
    Split(usize),
    /// Try `target`, and the next instruction if that fails.
    SplitPrefer(usize),
    Jump(usize),
    RepInit(usize),
    RepCheck {
        reg: usize,
        min: usize,
        max: usize,
        greedy: bool,
        exit: usize,
    },
    RepMark(usize),
    RepInc(usize),
    Backref {
        group: usize,
        icase: bool,
    },
    LookStart {
        behind: Option<usize>,
        negated: bool,
        end: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    CondGroup {
        group: usize,
        no: usize,
    },
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub groups: usize,
    pub registers: usize,
}

/// The largest repeat count CPython accepts (`MAXREPEAT - 1`).
pub const MAX_REPEAT: usize = 4_294_967_295;

/// Compiles a parsed pattern with `groups` capture groups.
pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        registers: 0,
    };
    c.insts.push(Inst::Save(0));
    c.emit(node);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    Program {
        insts: c.insts,
        groups,
        registers: c.registers,
    }
}

struct Compiler {
    insts: Vec<Inst>,
    registers: usize,
}

fn single_test(node: &Node) -> Option<CharTest> {
    Some(match node {
        Node::Char { c, icase, ascii } => char_test(*c, *icase, *ascii),
        Node::Any { dotall } => {
            if *dotall {
                CharTest::Any
            } else {
                CharTest::AnyButNewline
            }
        }
        Node::Class {
            items,
            negated,
            icase,
            ascii,
        } => CharTest::Class {
            items: items.clone(),
            negated: *negated,
            icase: *icase,
            ascii: *ascii,
        },
        _ => return None,
    })
}

fn char_test(c: char, icase: bool, ascii: bool) -> CharTest {
    if !icase {
        return CharTest::Char(c);
    }
    if (c.is_ascii() || ascii) && !c.is_ascii_alphabetic() {
        return CharTest::Char(c);
    }
    CharTest::CharFold {
        lower: lower_char(c, ascii),
        upper: upper_char(c, ascii),
        ascii,
    }
}

impl Compiler {
    fn here(&self) -> usize {
        self.insts.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        if let Some(inst) = self.insts.get_mut(at) {
            match inst {
                Inst::Split(t) | Inst::SplitPrefer(t) | Inst::Jump(t) => *t = target,
                Inst::RepCheck { exit, .. } => *exit = target,
                Inst::LookStart { end, .. } => *end = target,
                Inst::CondGroup { no, .. } => *no = target,
                _ => {}
            }
        }
    }

    /// Emits `node`; nesting is bounded by the parser's group limit.
    fn emit(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => {
                if let Some(test) = single_test(node) {
                    self.insts.push(Inst::Test(test));
                }
            }
            Node::Start { multiline } => self.insts.push(Inst::Start {
                multiline: *multiline,
            }),
            Node::End { multiline } => self.insts.push(Inst::End {
                multiline: *multiline,
            }),
            Node::StartOfString => self.insts.push(Inst::StartOfString),
            Node::EndOfString => self.insts.push(Inst::EndOfString),
            Node::WordBoundary { negated, ascii } => self.insts.push(Inst::WordBoundary {
                negated: *negated,
                ascii: *ascii,
            }),
            Node::Group { index, node } => match index {
                Some(i) => {
                    self.insts.push(Inst::Save(2 * i));
                    self.emit(node);
                    self.insts.push(Inst::Save(2 * i + 1));
                }
                None => self.emit(node),
            },
            Node::Concat(items) => {
                for item in items {
                    self.emit(item);
                }
            }
            Node::Alt(alts) => {
                let mut jumps = Vec::new();
                let last = alts.len().saturating_sub(1);
                for (i, alt) in alts.iter().enumerate() {
                    if i < last {
                        let split = self.here();
                        self.insts.push(Inst::Split(0));
                        self.emit(alt);
                        jumps.push(self.here());
                        self.insts.push(Inst::Jump(0));
                        let next = self.here();
                        self.patch(split, next);
                    } else {
                        self.emit(alt);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    self.insts.push(Inst::AtomicStart);
                }
                self.emit_repeat(
                    node,
                    *min as usize,
                    max.map_or(MAX_REPEAT, |m| m as usize),
                    *greedy,
                );
                if *possessive {
                    self.insts.push(Inst::AtomicEnd);
                }
            }
            Node::Backref { group, icase } => self.insts.push(Inst::Backref {
                group: *group,
                icase: *icase,
            }),
            Node::Look {
                behind,
                negated,
                node,
            } => {
                let width = if *behind {
                    super::re_parse::fixed_width(node)
                } else {
                    None
                };
                let start = self.here();
                self.insts.push(Inst::LookStart {
                    behind: width,
                    negated: *negated,
                    end: 0,
                });
                self.emit(node);
                self.insts.push(Inst::LookEnd);
                let end = self.here();
                self.patch(start, end);
            }
            Node::Atomic(node) => {
                self.insts.push(Inst::AtomicStart);
                self.emit(node);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let cond = self.here();
                self.insts.push(Inst::CondGroup {
                    group: *group,
                    no: 0,
                });
                self.emit(yes);
                let jump = self.here();
                self.insts.push(Inst::Jump(0));
                let no_start = self.here();
                self.patch(cond, no_start);
                self.emit(no);
                let end = self.here();
                self.patch(jump, end);
            }
        }
    }

    fn emit_repeat(&mut self, node: &Node, min: usize, max: usize, greedy: bool) {
        if let Some(test) = single_test(node) {
            self.insts.push(Inst::RepeatTest {
                test,
                min,
                max,
                greedy,
            });
            return;
        }
        if min == 0 && max == 1 {
            let split = self.here();
            self.insts.push(if greedy {
                Inst::Split(0)
            } else {
                Inst::SplitPrefer(0)
            });
            self.emit(node);
            let end = self.here();
            self.patch(split, end);
            return;
        }
        let reg = self.registers;
        self.registers += 1;
        self.insts.push(Inst::RepInit(reg));
        let check = self.here();
        self.insts.push(Inst::RepCheck {
            reg,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.insts.push(Inst::RepMark(reg));
        self.emit(node);
        self.insts.push(Inst::RepInc(reg));
        self.insts.push(Inst::Jump(check));
        let exit = self.here();
        self.patch(check, exit);
    }
}

/// The simple lowercase of `c` (ASCII letters only under `ascii`).
pub fn lower_char(c: char, ascii: bool) -> char {
    if ascii || c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == '\u{130}' {
        return 'i';
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The simple uppercase of `c` (ASCII letters only under `ascii`).
pub fn upper_char(c: char, ascii: bool) -> char {
    if ascii || c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

pub fn is_word(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c == '_' || chars::is_alnum(c)
    }
}

fn is_digit(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_digit()
    } else {
        chars::is_decimal(c)
    }
}

fn is_space(c: char, ascii: bool) -> bool {
    if ascii {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
    } else {
        chars::is_space(c)
    }
}

fn class_contains(items: &[ClassItem], c: char, ascii: bool) -> bool {
    items.iter().any(|item| match item {
        ClassItem::Range(lo, hi) => *lo <= c && c <= *hi,
        ClassItem::Digit(neg) => is_digit(c, ascii) != *neg,
        ClassItem::Word(neg) => is_word(c, ascii) != *neg,
        ClassItem::Space(neg) => is_space(c, ascii) != *neg,
    })
}

impl CharTest {
    /// Whether `c` passes the test.
    pub fn matches(&self, c: char) -> bool {
        match self {
            CharTest::Char(x) => *x == c,
            CharTest::CharFold {
                lower,
                upper,
                ascii,
            } => {
                c == *lower
                    || c == *upper
                    || lower_char(c, *ascii) == *lower
                    || upper_char(c, *ascii) == *upper
            }
            CharTest::Any => true,
            CharTest::AnyButNewline => c != '\n',
            CharTest::Class {
                items,
                negated,
                icase,
                ascii,
            } => {
                let found = class_contains(items, c, *ascii)
                    || (*icase
                        && (class_contains(items, lower_char(c, *ascii), *ascii)
                            || class_contains(items, upper_char(c, *ascii), *ascii)));
                found != *negated
            }
        }
    }
}
