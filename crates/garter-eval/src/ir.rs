//! The evaluator's tree: the AST after scope analysis, with every name
//! resolved to a slot, a cell or a namespace lookup, constants built as
//! values, and attribute names interned. The evaluator walks this tree.

use std::rc::Rc;

use garter_runtime::dunder::{BinOp, CompareOp};
use garter_runtime::types::exception::SourceFile;
use garter_runtime::Value;
use garter_syntax::ast::Span;

pub use crate::exec::attr_cache::AttrCache;

/// An expression with its source span (for tracebacks).
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// How to read a name.
#[derive(Clone)]
pub enum NameRef {
    Local(u32),
    Cell(u32),
    Global,
    Name,
    ClassDeref(u32),
}

pub enum UnaryKind {
    Not,
    Neg,
    Pos,
    Invert,
}

/// A comparison operator of a `Compare` chain.
#[derive(Clone, Copy)]
pub enum CmpKind {
    Rich(CompareOp),
    Is,
    IsNot,
    In,
    NotIn,
}

/// An item of a tuple/list/set display or a call's positional arguments.
pub enum Elt {
    One(Expr),
    Star(Expr),
}

/// A keyword argument: `name=value`, or `**mapping`.
pub enum KwArg {
    Named(Value, Expr),
    Spread(Expr),
}

/// An entry of a dict display.
pub enum DictItem {
    Pair(Expr, Expr),
    Spread(Expr),
}

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Where a global name was last found: a position in the globals or
/// builtins table (see `Interp::load_global_cached`).
#[derive(Default)]
pub struct GlobalCache(pub std::cell::Cell<CachedGlobal>);

#[derive(Clone, Copy, Default)]
pub struct CachedGlobal {
    pub valid: bool,
    pub globals: usize,
    pub globals_version: u64,
    pub in_builtins: bool,
    pub pos: u32,
}

pub enum ExprKind {
    Const(Value),
    /// A fast local read: slot, and the name for the unbound error.
    Local(u32, Value),
    /// A module-level name read (globals, then builtins), cached.
    Global(Value, GlobalCache),
    /// A name read; `name` is the interned name for errors and lookups.
    Name(NameRef, Value),
    BinOp(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryKind, Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Compare(Box<Expr>, Vec<(CmpKind, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call {
        func: Box<Expr>,
        args: Vec<Elt>,
        kwargs: Vec<KwArg>,
    },
    /// `obj.name(args)`: looked up without making a bound method.
    MethodCall {
        obj: Box<Expr>,
        name: Value,
        /// Span of `obj.name`, where an AttributeError points.
        attr_span: Span,
        args: Vec<Elt>,
        kwargs: Vec<KwArg>,
        cache: AttrCache,
    },
    Attr(Box<Expr>, Value, AttrCache),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Tuple(Vec<Elt>),
    List(Vec<Elt>),
    Set(Vec<Elt>),
    /// A set display of three or more constants (built as CPython does,
    /// from a folded frozenset, which decides the iteration order).
    ConstSet(Vec<Value>),
    Dict(Vec<DictItem>),
    Function(Rc<FunctionDef>),
    /// A comprehension: its code is called with the first iterator.
    Comprehension(CompKind, Rc<Code>, Box<Expr>, Vec<u32>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    NamedExpr(Box<Target>, Box<Expr>),
    /// An f-string: the pieces are concatenated.
    JoinedStr(Vec<Expr>),
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        spec: Option<Box<Expr>>,
    },
    /// Adds one result to the comprehension being built (its accumulator
    /// lives in the comprehension frame).
    CompAppend(CompKind, Box<Expr>, Option<Box<Expr>>),
    /// A construct Garter parses but does not run; raises when evaluated.
    Unsupported(String),
}

/// An assignment target.
pub enum Target {
    /// A name; the cache serves stores into a module namespace.
    Name(NameRef, Value, GlobalCache),
    Attr(Expr, Value, AttrCache),
    Subscript(Expr, Expr),
    /// `a, *b, c = ...`: the position of the starred target, if any.
    Unpack(Vec<Target>, Option<usize>),
}

/// A statement with its source span.
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

pub struct Handler {
    pub span: Span,
    pub type_: Option<Expr>,
    pub name: Option<Target>,
    pub body: Vec<Stmt>,
}

pub struct WithItem {
    pub context: Expr,
    pub target: Option<Target>,
}

/// One name of an import statement.
pub struct ImportName {
    /// The dotted module name.
    pub module: String,
    /// Where to store it (for `import a.b` without `as`, the top package).
    pub target: Target,
    /// `import a.b as c` binds the submodule itself.
    pub bind_leaf: bool,
}

pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Target>, Expr),
    /// `target op= value`; the span is the target's (where a failing
    /// read of an attribute or item points).
    AugAssign(Target, BinOp, Expr, Span),
    /// An annotated name without a value at module or class level
    /// records the annotation.
    Annotate(Value, Expr),
    Return(Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Target, Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Pass,
    Raise(Option<Expr>, Option<Expr>),
    /// `try`, or `try` with `except*` clauses when `star` is set.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        star: bool,
    },
    With(Vec<WithItem>, Vec<Stmt>),
    Delete(Vec<Target>),
    Assert(Expr, Option<Expr>),
    Import(Vec<ImportName>),
    ImportFrom {
        module: String,
        level: u32,
        names: Vec<(Value, Target)>,
    },
    ImportStar {
        module: String,
        level: u32,
    },
    FunctionDef(Rc<FunctionDef>, Vec<Expr>, Target),
    ClassDef(Rc<ClassDef>, Vec<Expr>, Target),
    /// Statements run in order (one source statement lowered to several).
    Sequence(Vec<Stmt>),
    /// A feature the front end parses but Garter does not run.
    Unsupported(String),
}

/// Parameters of a function.
pub struct Params {
    /// Positional parameter names (positional-only first).
    pub positional: Vec<Value>,
    pub posonly: usize,
    pub vararg: Option<Value>,
    pub kwonly: Vec<Value>,
    pub kwarg: Option<Value>,
}

impl Params {
    /// Only positional parameters: calls with exactly that many
    /// positional arguments bind without checks.
    pub fn is_simple(&self) -> bool {
        self.vararg.is_none() && self.kwonly.is_empty() && self.kwarg.is_none()
    }

    /// Number of parameter slots.
    pub fn slots(&self) -> usize {
        self.positional.len()
            + self.kwonly.len()
            + self.vararg.is_some() as usize
            + self.kwarg.is_some() as usize
    }
}

/// What kind of code a body is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Generator,
}

/// A compiled body: a module, class body, function or comprehension.
pub struct Code {
    pub name: Value,
    pub qualname: Value,
    pub file: Rc<SourceFile>,
    pub kind: CodeKind,
    pub params: Params,
    pub nlocals: usize,
    pub local_names: Rc<[Value]>,
    /// Names of the cells this code creates (captured locals).
    pub cellvars: Vec<Value>,
    /// Parameter slots that are also cells: (cell index, slot).
    pub cell_params: Vec<(u32, u32)>,
    pub freevars: Vec<Value>,
    pub body: Vec<Stmt>,
    /// For a generator whose body can run as a statement machine
    /// (`lower::resumable`), without a coroutine stack: the machine's
    /// code, which then holds the statements instead of `body`.
    pub machine: Option<crate::lower::resumable::MachineCode>,
    /// The line of the `def`, for tracebacks of the function itself.
    pub first_line: u32,
}

impl Code {
    /// Whether a call with `given` positional arguments (and no keywords)
    /// binds them straight to the first local slots: a plain function (not
    /// a generator, no cells of its own) with exactly that many positional
    /// parameters and no others.
    #[inline]
    pub fn binds_directly(&self, given: usize) -> bool {
        self.kind == CodeKind::Function
            && self.params.positional.len() == given
            && self.params.is_simple()
            && self.cellvars.is_empty()
    }
}

/// A `def` or lambda: its code and what to evaluate when it runs.
pub struct FunctionDef {
    pub code: Rc<Code>,
    pub defaults: Vec<Expr>,
    pub kwdefaults: Vec<(Value, Expr)>,
    /// Cells of the enclosing frame captured as the closure.
    pub closure: Vec<u32>,
    pub doc: Option<Value>,
    pub annotations: Vec<(Value, Expr)>,
}

/// A class statement.
pub struct ClassDef {
    pub name: Value,
    pub body: Rc<Code>,
    pub bases: Vec<Elt>,
    pub keywords: Vec<KwArg>,
    pub closure: Vec<u32>,
    pub doc: Option<Value>,
}
