//! The syntax errors CPython's compiler raises (`Python/compile.c`), in the
//! order it would meet them: `return`/`yield`/`await` outside a function,
//! `break`/`continue` outside a loop, `async` statements and comprehensions
//! outside async functions, misplaced starred expressions, a bare `except:`
//! that is not last, and assignments to `__debug__`.

use super::future;
use super::patterns;
use super::symtable::{scope_key_of_def, scope_key_of_expr, CompKind, ScopeFlagMap, ScopeFlags};
use crate::ast::visit::{Agenda, ComprehensionParts, Node};
use crate::ast::{
    Arg, Arguments, Expr, ExprContext, ExprKind, Keyword, Module, Span, Stmt, StmtKind,
};
use crate::SyntaxError;
use std::collections::{HashMap, HashSet};

/// The kind of code block being compiled, as far as the checks care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Module,
    Class,
    Function { is_async: bool, flags: ScopeFlags },
    Lambda,
    Comprehension,
}

/// CPython's `CO_MAXBLOCKS`: how many frame blocks (loops, `try`,
/// `with` items, exception handlers) may enclose a point of one code block.
const MAX_NESTED_BLOCKS: u32 = 20;

/// A block being compiled, and how many loops and frame blocks enclose the
/// current point inside it.
struct Frame {
    block: Block,
    loops: u32,
    nested_blocks: u32,
}

impl Frame {
    fn new(block: Block) -> Frame {
        Frame {
            block,
            loops: 0,
            nested_blocks: 0,
        }
    }
}

enum Task<'a> {
    Visit(Node<'a>),
    /// An element that may be starred: a starred one is unpacked in place.
    Element(&'a Expr),
    Enter(Block),
    Exit,
    /// Opens `count` of CPython's frame blocks at the statement or handler
    /// spanning `span`; `is_loop` for a loop's body.
    EnterBlocks {
        count: u32,
        is_loop: bool,
        span: Span,
    },
    ExitBlocks {
        count: u32,
        is_loop: bool,
    },
    /// A `case` pattern, checked before it is visited; the flag tells
    /// whether it may be irrefutable (last case, or guarded).
    CasePattern(&'a crate::ast::Pattern, bool),
    /// Handler `index` of a `try` with `count` handlers, checked before its body.
    Handler(&'a crate::ast::ExceptHandler, usize, usize),
    /// The keywords of a call or class header spanning `span`, checked
    /// where CPython compiles them: after the callee (or the class body).
    Keywords(&'a [Keyword], Span),
}

struct Checker<'a> {
    flags: &'a ScopeFlagMap,
    /// The leading `from __future__` imports, the only ones allowed.
    accepted_future: &'a HashSet<usize>,
    frames: Vec<Frame>,
    agenda: Agenda<Task<'a>>,
}

fn error(msg: &str, span: Span) -> Result<(), SyntaxError> {
    Err(SyntaxError::new(msg, span))
}

fn is_debug(name: &str) -> bool {
    name == "__debug__"
}

/// CPython's `compiler_check_debug_args`: no parameter may be `__debug__`.
fn check_debug_params(args: &Arguments, span: Span) -> Result<(), SyntaxError> {
    if args.params().any(|param| is_debug(&param.arg)) {
        return error("cannot assign to __debug__", span);
    }
    Ok(())
}

/// CPython's `validate_keywords`: in order, no keyword may be `__debug__`
/// (the error spans the call or class) and none may be given twice (the
/// error spans the first repeat).
fn check_keywords(keywords: &[Keyword], span: Span) -> Result<(), SyntaxError> {
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    let mut first_repeat: HashMap<usize, usize> = HashMap::new();
    for (index, keyword) in keywords.iter().enumerate() {
        if let Some(name) = keyword.arg.as_deref() {
            match first_seen.get(name) {
                Some(&first) => {
                    first_repeat.entry(first).or_insert(index);
                }
                None => {
                    first_seen.insert(name, index);
                }
            }
        }
    }
    for (index, keyword) in keywords.iter().enumerate() {
        let Some(name) = keyword.arg.as_deref() else {
            continue;
        };
        if is_debug(name) {
            return error("cannot assign to __debug__", span);
        }
        if let Some(repeat) = first_repeat.get(&index).and_then(|&at| keywords.get(at)) {
            return Err(SyntaxError::new(
                format!("keyword argument repeated: {name}"),
                repeat.span,
            ));
        }
    }
    Ok(())
}

impl<'a> Checker<'a> {
    fn frame(&mut self) -> &mut Frame {
        let last = self.frames.len().saturating_sub(1);
        &mut self.frames[last]
    }

    fn block(&self) -> Block {
        self.frames
            .last()
            .map_or(Block::Module, |frame| frame.block)
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        while let Some(task) = self.agenda.next_task() {
            match task {
                Task::Visit(Node::Stmt(stmt)) => self.stmt(stmt)?,
                Task::Visit(Node::Expr(expr)) => self.expr(expr)?,
                Task::Visit(node @ Node::Pattern(_)) => self.children(node),
                Task::Element(expr) => match &expr.kind {
                    ExprKind::Starred { value, .. } => {
                        self.agenda.schedule(vec![Task::Visit(Node::Expr(value))])
                    }
                    _ => self.expr(expr)?,
                },
                Task::Enter(block) => self.frames.push(Frame::new(block)),
                Task::Exit => {
                    self.frames.pop();
                }
                Task::Keywords(keywords, span) => check_keywords(keywords, span)?,
                Task::EnterBlocks {
                    count,
                    is_loop,
                    span,
                } => {
                    let frame = self.frame();
                    frame.nested_blocks = frame.nested_blocks.saturating_add(count);
                    frame.loops += u32::from(is_loop);
                    if frame.nested_blocks > MAX_NESTED_BLOCKS {
                        return error("too many statically nested blocks", span);
                    }
                }
                Task::ExitBlocks { count, is_loop } => {
                    let frame = self.frame();
                    frame.nested_blocks = frame.nested_blocks.saturating_sub(count);
                    frame.loops = frame.loops.saturating_sub(u32::from(is_loop));
                }
                Task::CasePattern(pattern, allow_irrefutable) => {
                    patterns::check_pattern(pattern, allow_irrefutable)?
                }
                Task::Handler(handler, index, count) => {
                    if handler.type_.is_none() && index + 1 < count {
                        return error("default 'except:' must be last", handler.span);
                    }
                    let mut tasks: Vec<Task<'a>> = handler
                        .type_
                        .iter()
                        .map(|t| Task::Visit(Node::Expr(t)))
                        .collect();
                    // The handlers' block, then this handler's cleanup block.
                    let (enter, exit) = blocks(2, false, handler.span);
                    tasks.push(enter);
                    tasks.extend(handler.body.iter().map(|s| Task::Visit(Node::Stmt(s))));
                    tasks.push(exit);
                    self.agenda.schedule(tasks);
                }
            }
        }
        Ok(())
    }

    fn children(&mut self, node: Node<'a>) {
        self.agenda.schedule_children(node, Task::Visit);
    }

    fn in_async_function(&self) -> bool {
        matches!(self.block(), Block::Function { is_async: true, .. })
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> Result<(), SyntaxError> {
        let visit_stmts = |body: &'a [Stmt]| body.iter().map(|s| Task::Visit(Node::Stmt(s)));
        match &stmt.kind {
            StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
                check_debug_params(&def.args, stmt.span)?;
                let outer = def.decorator_list.iter().chain(def.args.default_values());
                let mut tasks: Vec<Task<'a>> = outer.map(|e| Task::Visit(Node::Expr(e))).collect();
                tasks.extend(annotation_tasks(&def.args));
                tasks.extend(def.returns.iter().map(|r| Task::Visit(Node::Expr(r))));
                let flags = self
                    .flags
                    .get(&scope_key_of_def(def))
                    .copied()
                    .unwrap_or_default();
                let is_async = matches!(stmt.kind, StmtKind::AsyncFunctionDef(_));
                tasks.push(Task::Enter(Block::Function { is_async, flags }));
                tasks.extend(visit_stmts(&def.body));
                tasks.push(Task::Exit);
                self.agenda.schedule(tasks);
            }
            StmtKind::ClassDef(class) => {
                let mut tasks: Vec<Task<'a>> = class
                    .decorator_list
                    .iter()
                    .map(|e| Task::Visit(Node::Expr(e)))
                    .collect();
                tasks.push(Task::Enter(Block::Class));
                tasks.extend(visit_stmts(&class.body));
                tasks.push(Task::Exit);
                tasks.push(Task::Keywords(&class.keywords, stmt.span));
                tasks.extend(class.bases.iter().map(Task::Element));
                tasks.extend(
                    class
                        .keywords
                        .iter()
                        .map(|k| Task::Visit(Node::Expr(&k.value))),
                );
                self.agenda.schedule(tasks);
            }
            StmtKind::Return { value } => {
                match self.block() {
                    Block::Function { flags, .. } => {
                        if value.is_some() && flags.coroutine && flags.generator {
                            return error("'return' with value in async generator", stmt.span);
                        }
                    }
                    Block::Lambda => {}
                    _ => return error("'return' outside function", stmt.span),
                }
                self.children(Node::Stmt(stmt));
            }
            StmtKind::Break | StmtKind::Continue => {
                if self.frames.last().map_or(0, |frame| frame.loops) == 0 {
                    let msg = if matches!(stmt.kind, StmtKind::Break) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return error(msg, stmt.span);
                }
            }
            StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
                if matches!(stmt.kind, StmtKind::AsyncFor(_)) && !self.in_async_function() {
                    return error("'async for' outside async function", stmt.span);
                }
                let (enter, exit) = blocks(1, true, stmt.span);
                let mut tasks = vec![
                    Task::Visit(Node::Expr(&for_.iter)),
                    enter,
                    Task::Visit(Node::Expr(&for_.target)),
                ];
                tasks.extend(visit_stmts(&for_.body));
                tasks.push(exit);
                tasks.extend(visit_stmts(&for_.orelse));
                self.agenda.schedule(tasks);
            }
            StmtKind::While { test, body, orelse } => {
                let (enter, exit) = blocks(1, true, stmt.span);
                let mut tasks = vec![enter, Task::Visit(Node::Expr(test))];
                tasks.extend(visit_stmts(body));
                tasks.push(exit);
                tasks.extend(visit_stmts(orelse));
                self.agenda.schedule(tasks);
            }
            StmtKind::AsyncWith(_) if !self.in_async_function() => {
                return error("'async with' outside async function", stmt.span);
            }
            StmtKind::With(with) | StmtKind::AsyncWith(with) => {
                let mut tasks = Vec::new();
                for item in &with.items {
                    tasks.push(Task::Visit(Node::Expr(&item.context_expr)));
                    tasks.push(blocks(1, false, stmt.span).0);
                    tasks.extend(
                        item.optional_vars
                            .iter()
                            .map(|v| Task::Visit(Node::Expr(v))),
                    );
                }
                tasks.extend(visit_stmts(&with.body));
                let items = u32::try_from(with.items.len()).unwrap_or(u32::MAX);
                tasks.push(blocks(items, false, stmt.span).1);
                self.agenda.schedule(tasks);
            }
            StmtKind::ImportFrom { .. }
                if future::is_future_import(stmt)
                    && !self.accepted_future.contains(&future::stmt_key(stmt)) =>
            {
                return Err(future::misplaced(stmt.span));
            }
            StmtKind::Match { subject, cases } => {
                let mut tasks = vec![Task::Visit(Node::Expr(subject))];
                for (index, case) in cases.iter().enumerate() {
                    let allow_irrefutable = case.guard.is_some() || index + 1 == cases.len();
                    tasks.push(Task::CasePattern(&case.pattern, allow_irrefutable));
                    tasks.push(Task::Visit(Node::Pattern(&case.pattern)));
                    tasks.extend(case.guard.iter().map(|g| Task::Visit(Node::Expr(g))));
                    tasks.extend(visit_stmts(&case.body));
                }
                self.agenda.schedule(tasks);
            }
            StmtKind::AnnAssign { target, .. } if matches!(&target.kind, ExprKind::Name { id, .. } if is_debug(id)) =>
            {
                return error("cannot assign to __debug__", stmt.span);
            }
            StmtKind::Assign { targets, value } => {
                let mut tasks = vec![Task::Visit(Node::Expr(value))];
                tasks.extend(targets.iter().map(|t| Task::Visit(Node::Expr(t))));
                self.agenda.schedule(tasks);
            }
            StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
                // The `finally` block encloses all the rest (the `finally`
                // body is checked once, as its copy for the exception path,
                // which runs inside that block); the block catching for the
                // handlers encloses only the body.
                let (enter_finally, exit_finally) =
                    blocks(u32::from(!try_.finalbody.is_empty()), false, stmt.span);
                let (enter_except, exit_except) =
                    blocks(u32::from(!try_.handlers.is_empty()), false, stmt.span);
                let mut tasks = vec![enter_finally, enter_except];
                tasks.extend(visit_stmts(&try_.body));
                tasks.push(exit_except);
                tasks.extend(visit_stmts(&try_.orelse));
                let count = try_.handlers.len();
                tasks.extend(
                    try_.handlers
                        .iter()
                        .enumerate()
                        .map(|(i, h)| Task::Handler(h, i, count)),
                );
                tasks.extend(visit_stmts(&try_.finalbody));
                tasks.push(exit_finally);
                self.agenda.schedule(tasks);
            }
            _ => self.children(Node::Stmt(stmt)),
        }
        Ok(())
    }

    fn expr(&mut self, expr: &'a Expr) -> Result<(), SyntaxError> {
        match &expr.kind {
            ExprKind::Name { id: name, ctx }
            | ExprKind::Attribute {
                attr: name, ctx, ..
            } if is_debug(name) && *ctx != ExprContext::Load => {
                let verb = if *ctx == ExprContext::Del {
                    "delete"
                } else {
                    "assign to"
                };
                return Err(SyntaxError::new(
                    format!("cannot {verb} __debug__"),
                    expr.span,
                ));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut tasks = vec![
                    Task::Visit(Node::Expr(func)),
                    Task::Keywords(keywords, expr.span),
                ];
                tasks.extend(args.iter().map(Task::Element));
                tasks.extend(keywords.iter().map(|k| Task::Visit(Node::Expr(&k.value))));
                self.agenda.schedule(tasks);
            }
            ExprKind::Starred { ctx, .. } => {
                let msg = if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return error(msg, expr.span);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                if *ctx == ExprContext::Store {
                    check_unpacking(elts, expr.span)?;
                }
                self.agenda.schedule(elts.iter().map(Task::Element));
            }
            ExprKind::Set { elts } => self.agenda.schedule(elts.iter().map(Task::Element)),
            ExprKind::Lambda { args, body } => {
                check_debug_params(args, expr.span)?;
                let defaults = args.default_values();
                let mut tasks: Vec<Task<'a>> =
                    defaults.map(|e| Task::Visit(Node::Expr(e))).collect();
                tasks.extend([
                    Task::Enter(Block::Lambda),
                    Task::Visit(Node::Expr(body)),
                    Task::Exit,
                ]);
                self.agenda.schedule(tasks);
            }
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => {
                if matches!(self.block(), Block::Module | Block::Class) {
                    return error("'yield' outside function", expr.span);
                }
                if matches!(expr.kind, ExprKind::YieldFrom { .. }) && self.in_async_function() {
                    return error("'yield from' inside async function", expr.span);
                }
                self.children(Node::Expr(expr));
            }
            ExprKind::Await { .. } => {
                match self.block() {
                    Block::Module | Block::Class => {
                        return error("'await' outside function", expr.span)
                    }
                    Block::Function {
                        is_async: false, ..
                    }
                    | Block::Lambda => return error("'await' outside async function", expr.span),
                    Block::Function { is_async: true, .. } | Block::Comprehension => {}
                }
                self.children(Node::Expr(expr));
            }
            _ => match (CompKind::of(expr), expr.comprehension_parts()) {
                (Some(kind), Some(parts)) => self.comprehension(expr, kind, parts)?,
                _ => self.children(Node::Expr(expr)),
            },
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        expr: &'a Expr,
        kind: CompKind,
        parts: ComprehensionParts<'a>,
    ) -> Result<(), SyntaxError> {
        let flags = self
            .flags
            .get(&scope_key_of_expr(expr))
            .copied()
            .unwrap_or_default();
        let outer_allows_async = matches!(
            self.block(),
            Block::Function { is_async: true, .. } | Block::Comprehension
        );
        if flags.coroutine && kind != CompKind::Generator && !outer_allows_async {
            return error(
                "asynchronous comprehension outside of an asynchronous function",
                expr.span,
            );
        }
        let Some((outermost, rest)) = parts.generators.split_first() else {
            return Ok(());
        };
        let mut tasks = vec![
            Task::Enter(Block::Comprehension),
            Task::Visit(Node::Expr(&outermost.target)),
        ];
        tasks.extend(outermost.ifs.iter().map(|e| Task::Visit(Node::Expr(e))));
        for generator in rest {
            tasks.push(Task::Visit(Node::Expr(&generator.iter)));
            tasks.push(Task::Visit(Node::Expr(&generator.target)));
            tasks.extend(generator.ifs.iter().map(|e| Task::Visit(Node::Expr(e))));
        }
        tasks.push(Task::Visit(Node::Expr(parts.elt)));
        tasks.extend(parts.value.map(|v| Task::Visit(Node::Expr(v))));
        tasks.push(Task::Exit);
        tasks.push(Task::Visit(Node::Expr(&outermost.iter)));
        self.agenda.schedule(tasks);
        Ok(())
    }
}

/// The tasks that open and close `count` frame blocks at `span`.
fn blocks<'a>(count: u32, is_loop: bool, span: Span) -> (Task<'a>, Task<'a>) {
    (
        Task::EnterBlocks {
            count,
            is_loop,
            span,
        },
        Task::ExitBlocks { count, is_loop },
    )
}

/// The parameter annotations of `args`, in CPython's order; that of
/// `*args` may be starred (`*args: *Ts`).
fn annotation_tasks<'a>(args: &'a Arguments) -> Vec<Task<'a>> {
    let is_vararg = |param: &Arg| args.vararg.as_ref().is_some_and(|v| std::ptr::eq(v, param));
    args.params()
        .filter_map(|param| {
            let annotation = param.annotation.as_deref()?;
            Some(if is_vararg(param) {
                Task::Element(annotation)
            } else {
                Task::Visit(Node::Expr(annotation))
            })
        })
        .collect()
}

/// CPython's `unpack_helper` checks on a starred assignment target list.
fn check_unpacking(elts: &[Expr], span: Span) -> Result<(), SyntaxError> {
    let mut seen_star = false;
    for (index, elt) in elts.iter().enumerate() {
        if !matches!(elt.kind, ExprKind::Starred { .. }) {
            continue;
        }
        if seen_star {
            return error("multiple starred expressions in assignment", span);
        }
        if index >= 1 << 8 {
            return error("too many expressions in star-unpacking assignment", span);
        }
        seen_star = true;
    }
    Ok(())
}

/// Runs the compiler's checks over `module`, given the scope flags the
/// symbol table pass computed.
pub(crate) fn check(
    module: &Module,
    flags: &ScopeFlagMap,
    accepted_future: &HashSet<usize>,
) -> Result<(), SyntaxError> {
    let mut checker = Checker {
        flags,
        accepted_future,
        frames: vec![Frame::new(Block::Module)],
        agenda: Agenda::new(module.body.iter().map(|s| Task::Visit(Node::Stmt(s)))),
    };
    checker.run()
}
