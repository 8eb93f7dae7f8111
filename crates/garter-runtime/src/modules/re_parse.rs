//! The `re` module's pattern parser: Python regular-expression syntax (as
//! CPython 3.11's `sre_parse` reads it) into a [`Node`] tree, with the
//! flags that apply to each piece baked into it, and CPython's error
//! messages and positions. Group nesting is parsed with an explicit stack.

use crate::text::chars;

pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_ASCII: u32 = 256;

/// The deepest group nesting accepted (CPython raises RecursionError).
const MAX_NESTING: usize = 400;

/// A character-class item.
#[derive(Clone, Debug)]
pub enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

/// A parsed pattern piece. `icase`/`ascii`/`dotall`/`multiline` are the
/// flags in force where the piece was written.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char {
        c: char,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Class {
        items: Vec<ClassItem>,
        negated: bool,
        icase: bool,
        ascii: bool,
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
    Group {
        index: Option<usize>,
        node: Box<Node>,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        possessive: bool,
    },
    Backref {
        group: usize,
        icase: bool,
    },
    Look {
        behind: bool,
        negated: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// A parse failure: CPython's message and position (None: no position).
#[derive(Debug)]
pub struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
    /// True when CPython would raise RecursionError instead.
    pub recursion: bool,
}

pub(super) fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ParseError> {
    Err(ParseError {
        msg: msg.into(),
        pos: Some(pos),
        recursion: false,
    })
}

/// The result of parsing: the tree, the group count, the named groups and
/// the flags after inline global flags.
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

/// What an open parenthesis became.
enum GroupKind {
    Capture(usize),
    NonCapture,
    Look { behind: bool, negated: bool },
    Atomic,
    Cond(usize),
}

/// What `open_group` found.
enum Opened {
    Group((GroupKind, u32)),
    Node(Node),
    Nothing,
}

/// One open group on the parser's stack.
struct Frame {
    kind: GroupKind,
    start: usize,
    flags: u32,
    alts: Vec<Node>,
    seq: Vec<Node>,
}

pub(super) struct Parser<'a> {
    pub(super) chars: &'a [char],
    pub(super) pos: usize,
    pub(super) groups: usize,
    pub(super) names: Vec<(String, usize)>,
    pub(super) open: Vec<usize>,
    pub(super) global_flags: u32,
}

/// Parses `pattern` with `flags`.
pub fn parse(pattern: &str, flags: u32) -> Result<Parsed, ParseError> {
    let chars: Vec<char> = pattern.chars().collect();
    let first = parse_with(&chars, flags)?;
    if first.flags & FLAG_VERBOSE != 0 && flags & FLAG_VERBOSE == 0 {
        return parse_with(&chars, first.flags);
    }
    Ok(first)
}

fn parse_with(chars: &[char], flags: u32) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        chars,
        pos: 0,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        global_flags: flags,
    };
    let node = p.run(flags)?;
    let mut flags = p.global_flags;
    if flags & FLAG_ASCII == 0 {
        flags |= FLAG_UNICODE;
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: p.names,
        flags,
    })
}

fn seq_node(mut seq: Vec<Node>) -> Node {
    match seq.len() {
        0 => Node::Empty,
        1 => seq.pop().unwrap_or(Node::Empty),
        _ => Node::Concat(seq),
    }
}

fn alt_node(mut alts: Vec<Node>, seq: Vec<Node>) -> Node {
    if alts.is_empty() {
        return seq_node(seq);
    }
    alts.push(seq_node(seq));
    Node::Alt(alts)
}

fn is_repeatable(node: &Node) -> bool {
    !matches!(
        node,
        Node::Start { .. }
            | Node::End { .. }
            | Node::StartOfString
            | Node::EndOfString
            | Node::WordBoundary { .. }
    )
}

impl Parser<'_> {
    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to.min(self.chars.len()))
            .unwrap_or(&[])
            .iter()
            .collect()
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    pub(super) fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn run(&mut self, flags: u32) -> Result<Node, ParseError> {
        let mut stack: Vec<Frame> = Vec::new();
        let mut cur = Frame {
            kind: GroupKind::NonCapture,
            start: 0,
            flags,
            alts: Vec::new(),
            seq: Vec::new(),
        };
        loop {
            let verbose = cur.flags & FLAG_VERBOSE != 0;
            let Some(c) = self.peek() else { break };
            let here = self.pos;
            if verbose && (c.is_whitespace() || c == '#') {
                self.skip_verbose();
                continue;
            }
            match c {
                '|' => {
                    self.pos += 1;
                    let seq = std::mem::take(&mut cur.seq);
                    cur.alts.push(seq_node(seq));
                }
                '(' => {
                    self.pos += 1;
                    match self.open_group(&mut cur, here)? {
                        Opened::Group((kind, flags)) => {
                            if stack.len() >= MAX_NESTING {
                                return Err(ParseError {
                                    msg: "maximum recursion depth exceeded".into(),
                                    pos: None,
                                    recursion: true,
                                });
                            }
                            let frame = Frame {
                                kind,
                                start: here,
                                flags,
                                alts: Vec::new(),
                                seq: Vec::new(),
                            };
                            stack.push(std::mem::replace(&mut cur, frame));
                        }
                        Opened::Node(node) => cur.seq.push(node),
                        Opened::Nothing => {}
                    }
                }
                ')' => {
                    let Some(parent) = stack.pop() else {
                        return err("unbalanced parenthesis", here);
                    };
                    self.pos += 1;
                    let done = std::mem::replace(&mut cur, parent);
                    let node = self.close_group(done)?;
                    cur.seq.push(node);
                }
                '*' | '+' | '?' | '{' => {
                    if !self.parse_repeat(&mut cur, verbose)? {
                        self.pos += 1;
                        cur.seq.push(self.literal('{', cur.flags));
                    }
                }
                _ => {
                    let node = self.parse_atom(cur.flags)?;
                    cur.seq.push(node);
                }
            }
        }
        if !stack.is_empty() {
            return err("missing ), unterminated subpattern", cur.start);
        }
        Ok(alt_node(cur.alts, cur.seq))
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if c == '#' {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else if c.is_whitespace() {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    pub(super) fn literal(&self, c: char, flags: u32) -> Node {
        Node::Char {
            c,
            icase: flags & FLAG_IGNORECASE != 0,
            ascii: flags & FLAG_ASCII != 0,
        }
    }

    /// Parses a repeat operator at the current position; false when `{`
    /// does not start a valid repeat (it is then a literal).
    fn parse_repeat(&mut self, cur: &mut Frame, verbose: bool) -> Result<bool, ParseError> {
        let here = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => {
                self.pos += 1;
                (0, None)
            }
            Some('+') => {
                self.pos += 1;
                (1, None)
            }
            Some('?') => {
                self.pos += 1;
                (0, Some(1))
            }
            _ => match self.parse_braces()? {
                Some(bounds) => bounds,
                None => return Ok(false),
            },
        };
        let Some(last) = cur.seq.pop() else {
            return err("nothing to repeat", here);
        };
        if matches!(last, Node::Repeat { .. }) {
            return err("multiple repeat", here);
        }
        if !is_repeatable(&last) || matches!(last, Node::Empty) {
            return err("nothing to repeat", here);
        }
        if let Some(max) = max {
            if max < min {
                return err("min repeat greater than max repeat", here + 1);
            }
        }
        if verbose {
            self.skip_verbose();
        }
        let (greedy, possessive) = match self.peek() {
            Some('?') => {
                self.pos += 1;
                (false, false)
            }
            Some('+') => {
                self.pos += 1;
                (true, true)
            }
            _ => (true, false),
        };
        cur.seq.push(Node::Repeat {
            node: Box::new(last),
            min,
            max,
            greedy,
            possessive,
        });
        Ok(true)
    }

    /// `{m,n}` and its short forms, or None for a literal `{`.
    fn parse_braces(&mut self) -> Result<Option<(u32, Option<u32>)>, ParseError> {
        let start = self.pos;
        let mut i = start + 1;
        let mut lo = String::new();
        while let Some(c) = self.chars.get(i).filter(|c| c.is_ascii_digit()) {
            lo.push(*c);
            i += 1;
        }
        let mut hi = String::new();
        let has_comma = self.chars.get(i) == Some(&',');
        if has_comma {
            i += 1;
            while let Some(c) = self.chars.get(i).filter(|c| c.is_ascii_digit()) {
                hi.push(*c);
                i += 1;
            }
        } else {
            hi = lo.clone();
        }
        if self.chars.get(i) != Some(&'}') || (lo.is_empty() && !has_comma) {
            return Ok(None);
        }
        let too_big = || ParseError {
            msg: "the repetition number is too large".into(),
            pos: Some(start + 1),
            recursion: false,
        };
        let min = if lo.is_empty() {
            0
        } else {
            lo.parse::<u32>().map_err(|_| too_big())?
        };
        let max = if hi.is_empty() {
            None
        } else {
            Some(hi.parse::<u32>().map_err(|_| too_big())?)
        };
        self.pos = i + 1;
        Ok(Some((min, max)))
    }

    /// After `(`: a group's kind, or None when the construct was complete
    /// (a comment, global flags).
    fn open_group(&mut self, cur: &mut Frame, start: usize) -> Result<Opened, ParseError> {
        let flags = cur.flags;
        if self.peek() != Some('?') {
            let index = self.new_group();
            return Ok(Opened::Group((GroupKind::Capture(index), flags)));
        }
        self.pos += 1;
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.pos);
        };
        self.pos += 1;
        match c {
            ':' => Ok(Opened::Group((GroupKind::NonCapture, flags))),
            '>' => Ok(Opened::Group((GroupKind::Atomic, flags))),
            '=' => Ok(Opened::Group((
                GroupKind::Look {
                    behind: false,
                    negated: false,
                },
                flags,
            ))),
            '!' => Ok(Opened::Group((
                GroupKind::Look {
                    behind: false,
                    negated: true,
                },
                flags,
            ))),
            '#' => {
                loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => break,
                        Some(_) => self.pos += 1,
                    }
                }
                self.pos += 1;
                Ok(Opened::Nothing)
            }
            '<' => match self.peek() {
                Some('=') => {
                    self.pos += 1;
                    Ok(Opened::Group((
                        GroupKind::Look {
                            behind: true,
                            negated: false,
                        },
                        flags,
                    )))
                }
                Some('!') => {
                    self.pos += 1;
                    Ok(Opened::Group((
                        GroupKind::Look {
                            behind: true,
                            negated: true,
                        },
                        flags,
                    )))
                }
                None => err("unexpected end of pattern", self.pos),
                Some(other) => err(format!("unknown extension ?<{other}"), start + 1),
            },
            'P' => self.named_group(flags, start),
            '(' => {
                let name_start = self.pos;
                let name = self.read_name(')', "missing ), unterminated name")?;
                let group = self.group_ref(&name, name_start, false)?;
                Ok(Opened::Group((GroupKind::Cond(group), flags)))
            }
            c if "aiLmsux-".contains(c) => {
                self.pos -= 1;
                self.inline_flags(cur, start)
            }
            other => err(format!("unknown extension ?{other}"), start + 1),
        }
    }

    fn new_group(&mut self) -> usize {
        self.groups += 1;
        self.open.push(self.groups);
        self.groups
    }

    fn named_group(&mut self, flags: u32, start: usize) -> Result<Opened, ParseError> {
        match self.peek() {
            Some('<') => {
                self.pos += 1;
                let name_start = self.pos;
                let name = self.read_name('>', "missing >, unterminated name")?;
                check_name(&name, name_start)?;
                let index = self.groups + 1;
                if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                    return err(
                        format!(
                            "redefinition of group name '{name}' as group {index}; was group {old}"
                        ),
                        name_start,
                    );
                }
                self.names.push((name, index));
                let index = self.new_group();
                Ok(Opened::Group((GroupKind::Capture(index), flags)))
            }
            Some('=') => {
                self.pos += 1;
                let name_start = self.pos;
                let name = self.read_name(')', "missing ), unterminated name")?;
                check_name(&name, name_start)?;
                let group = self.group_ref(&name, name_start, true)?;
                Ok(Opened::Node(Node::Backref {
                    group,
                    icase: flags & FLAG_IGNORECASE != 0,
                }))
            }
            None => err("unexpected end of pattern", self.pos),
            Some(other) => err(format!("unknown extension ?P{other}"), start + 1),
        }
    }

    /// Reads a name up to `end` (consumed).
    fn read_name(&mut self, end: char, unterminated: &str) -> Result<String, ParseError> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => return err(unterminated, start),
                Some(c) if c == end => {
                    self.pos += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.pos += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        Ok(name)
    }

    /// The group a name or number refers to.
    fn group_ref(&self, name: &str, at: usize, backref: bool) -> Result<usize, ParseError> {
        if let Some((_, index)) = self.names.iter().find(|(n, _)| n == name) {
            if backref && self.open.contains(index) {
                return err("cannot refer to an open group", at);
            }
            return Ok(*index);
        }
        if !backref && name.chars().all(|c| c.is_ascii_digit()) {
            let n: usize = name.parse().unwrap_or(usize::MAX);
            if n == 0 || n > self.groups {
                return err(format!("invalid group reference {name}"), at);
            }
            return Ok(n);
        }
        if !backref {
            check_name(name, at)?;
        }
        err(format!("unknown group name '{name}'"), at)
    }

    fn inline_flags(&mut self, cur: &mut Frame, start: usize) -> Result<Opened, ParseError> {
        let mut add = 0;
        let mut remove = 0;
        let mut negative = false;
        loop {
            let Some(c) = self.peek() else {
                return err("missing -, : or )", self.pos);
            };
            self.pos += 1;
            let bit = match c {
                'i' => FLAG_IGNORECASE,
                'm' => FLAG_MULTILINE,
                's' => FLAG_DOTALL,
                'x' => FLAG_VERBOSE,
                'a' => FLAG_ASCII,
                'u' => FLAG_UNICODE,
                'L' => FLAG_LOCALE,
                '-' if !negative => {
                    negative = true;
                    continue;
                }
                ')' if !negative => {
                    if start != 0
                        || !cur.seq.is_empty()
                        || !cur.alts.is_empty()
                        || !self.open.is_empty()
                    {
                        return err("global flags not at the start of the expression", start);
                    }
                    self.global_flags |= add;
                    cur.flags |= add;
                    return Ok(Opened::Nothing);
                }
                ')' => return err("missing :", self.pos - 1),
                ':' => {
                    if add & remove != 0 {
                        return err("bad inline flags: flag turned on and off", self.pos - 1);
                    }
                    let flags = (cur.flags | add) & !remove;
                    return Ok(Opened::Group((GroupKind::NonCapture, flags)));
                }
                other => {
                    let msg = if other.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return err(msg, self.pos - 1);
                }
            };
            if negative {
                if bit & (FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE) != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.pos,
                    );
                }
                remove |= bit;
            } else {
                add |= bit;
            }
        }
    }

    fn close_group(&mut self, done: Frame) -> Result<Node, ParseError> {
        let start = done.start;
        let body = alt_node(done.alts, done.seq);
        Ok(match done.kind {
            GroupKind::Capture(index) => {
                self.open.retain(|g| *g != index);
                Node::Group {
                    index: Some(index),
                    node: Box::new(body),
                }
            }
            GroupKind::NonCapture => Node::Group {
                index: None,
                node: Box::new(body),
            },
            GroupKind::Atomic => Node::Atomic(Box::new(body)),
            GroupKind::Look { behind, negated } => {
                if behind && fixed_width(&body).is_none() {
                    return Err(ParseError {
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                        recursion: false,
                    });
                }
                Node::Look {
                    behind,
                    negated,
                    node: Box::new(body),
                }
            }
            GroupKind::Cond(group) => {
                let (yes, no) = match body {
                    Node::Alt(mut alts) => {
                        if alts.len() > 2 {
                            return err("conditional backref with more than two branches", start);
                        }
                        let no = alts.pop().unwrap_or(Node::Empty);
                        (alts.pop().unwrap_or(Node::Empty), no)
                    }
                    other => (other, Node::Empty),
                };
                Node::Cond {
                    group,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }
            }
        })
    }

    fn parse_atom(&mut self, flags: u32) -> Result<Node, ParseError> {
        let here = self.pos;
        let c = self.peek().unwrap_or('\0');
        self.pos += 1;
        Ok(match c {
            '.' => Node::Any {
                dotall: flags & FLAG_DOTALL != 0,
            },
            '^' => Node::Start {
                multiline: flags & FLAG_MULTILINE != 0,
            },
            '$' => Node::End {
                multiline: flags & FLAG_MULTILINE != 0,
            },
            '[' => self.parse_class(flags, here)?,
            '\\' => self.parse_escape(flags, here)?,
            c => self.literal(c, flags),
        })
    }
}

fn check_name(name: &str, at: usize) -> Result<(), ParseError> {
    let mut it = name.chars();
    let ok =
        it.next().is_some_and(chars::is_identifier_start) && it.all(chars::is_identifier_continue);
    if ok {
        Ok(())
    } else {
        err(format!("bad character in group name '{name}'"), at)
    }
}

/// The width of a node matching a fixed number of characters, if it does.
pub fn fixed_width(node: &Node) -> Option<usize> {
    let mut total = 0usize;
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n {
            Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => total += 1,
            Node::Empty
            | Node::Start { .. }
            | Node::End { .. }
            | Node::StartOfString
            | Node::EndOfString
            | Node::WordBoundary { .. }
            | Node::Look { .. } => {}
            Node::Group { node, .. } | Node::Atomic(node) => stack.push(node),
            Node::Concat(items) => stack.extend(items.iter()),
            Node::Alt(alts) => {
                let first = fixed_width(alts.first()?)?;
                if alts.iter().any(|a| fixed_width(a) != Some(first)) {
                    return None;
                }
                total += first;
            }
            Node::Repeat { node, min, max, .. } => {
                if *max != Some(*min) {
                    return None;
                }
                total += fixed_width(node)? * (*min as usize);
            }
            Node::Backref { .. } | Node::Cond { .. } => return None,
        }
    }
    Some(total)
}
