//! The checks CPython's symbol table makes (`Python/symtable.c`): how each
//! name is used in each scope, `global`/`nonlocal` declarations, duplicate
//! parameters, `yield` in comprehensions, `import *` in functions and
//! assignment expressions in comprehensions.
//!
//! Like CPython this runs in two passes: [`build`] walks the tree in
//! CPython's order, recording every scope and raising the errors found on
//! the way; [`analyze`] then resolves `nonlocal` declarations scope by
//! scope. [`build`] also records, for each function, lambda and
//! comprehension, whether it is a generator or a coroutine, which the
//! compiler checks need.

use crate::ast::visit::{Agenda, ComprehensionParts, Node};
use crate::ast::{
    Arguments, Expr, ExprContext, ExprKind, Identifier, Module, Pattern, PatternKind, Span, Stmt,
    StmtKind,
};
use crate::SyntaxError;
use std::borrow::Cow;
use std::collections::HashMap;

/// CPython's private name mangling: inside class `C`, `__x` (not ending
/// in `__`, no dot) stands for `_C__x`.
fn mangle<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    let class = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_IMPORT: u32 = 32;
const DEF_ANNOT: u32 = 64;
const DEF_COMP_ITER: u32 = 128;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Which comprehension a comprehension scope belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    fn describe(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }

    /// The comprehension kind of `expr`, if it is one.
    pub(crate) fn of(expr: &Expr) -> Option<CompKind> {
        match &expr.kind {
            ExprKind::ListComp { .. } => Some(CompKind::List),
            ExprKind::SetComp { .. } => Some(CompKind::Set),
            ExprKind::DictComp { .. } => Some(CompKind::Dict),
            ExprKind::GeneratorExp { .. } => Some(CompKind::Generator),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    /// A `def`, `async def` or `lambda`.
    Function,
    Class,
    Comprehension(CompKind),
}

/// What the compiler checks need to know about a function-like scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ScopeFlags {
    pub generator: bool,
    pub coroutine: bool,
}

/// The flags of every function, lambda and comprehension, keyed by the
/// address of its node (see [`scope_key_of_def`] and [`scope_key_of_expr`]).
pub(crate) type ScopeFlagMap = HashMap<usize, ScopeFlags>;

/// The key of a `def`'s scope in a [`ScopeFlagMap`].
pub(crate) fn scope_key_of_def(def: &crate::ast::FunctionDef) -> usize {
    def as *const crate::ast::FunctionDef as usize
}

/// The key of a lambda's or comprehension's scope in a [`ScopeFlagMap`].
pub(crate) fn scope_key_of_expr(expr: &Expr) -> usize {
    expr as *const Expr as usize
}

struct Scope<'a> {
    kind: ScopeKind,
    key: usize,
    /// Names in order of first use, with their `DEF_*`/`USE` flags.
    symbols: Vec<(Cow<'a, str>, u32)>,
    index: HashMap<Cow<'a, str>, usize>,
    /// `global` and `nonlocal` statements: name and statement span.
    directives: Vec<(Cow<'a, str>, Span)>,
    /// The class whose private names (`__x`) are mangled here.
    private: Option<&'a str>,
    /// The enclosing scope (the module is its own parent).
    parent: usize,
    flags: ScopeFlags,
    /// Inside a comprehension's iterable expressions.
    comp_iter_expr: u32,
    /// Inside a comprehension's `for` target.
    comp_iter_target: bool,
}

impl<'a> Scope<'a> {
    fn new(kind: ScopeKind, key: usize, parent: usize) -> Scope<'a> {
        Scope {
            kind,
            key,
            symbols: Vec::new(),
            index: HashMap::new(),
            directives: Vec::new(),
            private: None,
            parent,
            flags: ScopeFlags::default(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    fn lookup(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }
}

/// A step of the walk: visit a node, or one of the bookkeeping actions
/// that CPython performs between visits.
enum Task<'a> {
    Visit(Node<'a>),
    /// Opens a scope: its kind, its key and, for a class, its name.
    Enter(ScopeKind, usize, Option<&'a str>),
    Exit,
    Params(&'a Arguments),
    /// A comprehension's `for` target, visited with `comp_iter_target` on.
    CompTarget(&'a Expr),
    LeaveCompTarget,
    /// A comprehension's iterable, visited with `comp_iter_expr` raised.
    CompIter(&'a Expr),
    LeaveCompIter,
    AsyncGenerator,
    AfterYield(&'a Expr),
    /// The whole `:=` expression, then its target.
    AfterNamedExpr(&'a Expr, &'a Expr),
    HandlerName(&'a str, Span),
}

/// The scopes of a module, as [`build`] leaves them for [`analyze`].
pub(crate) struct SymbolTable<'a> {
    scopes: Vec<Scope<'a>>,
}

fn duplicate_argument(name: &str, span: Span) -> SyntaxError {
    SyntaxError::new(
        format!("duplicate argument '{name}' in function definition"),
        span,
    )
}

struct Builder<'a> {
    scopes: Vec<Scope<'a>>,
    /// Indices into `scopes` of the scopes the walk is inside.
    current: Vec<usize>,
    agenda: Agenda<Task<'a>>,
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope<'a> {
        let index = self.current.last().copied().unwrap_or(0);
        &mut self.scopes[index]
    }

    fn add_def_in(
        &mut self,
        scope: usize,
        name: &'a str,
        flag: u32,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let private = self.cur().private;
        let scope = &mut self.scopes[scope];
        let mangled = mangle(private, name);
        let slot = match scope.index.get(&*mangled) {
            Some(&i) => {
                if flag & DEF_PARAM != 0 && scope.symbols[i].1 & DEF_PARAM != 0 {
                    return Err(duplicate_argument(name, span));
                }
                i
            }
            None => {
                scope.index.insert(mangled.clone(), scope.symbols.len());
                scope.symbols.push((mangled, 0));
                scope.symbols.len() - 1
            }
        };
        let in_comp_target = scope.comp_iter_target;
        let val = &mut scope.symbols[slot].1;
        *val |= flag;
        if in_comp_target {
            // A name bound by a comprehension's `for` target: it must not
            // be one an assignment expression in this comprehension bound.
            if *val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(SyntaxError::new(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    span,
                ));
            }
            *val |= DEF_COMP_ITER;
        }
        Ok(())
    }

    /// The flags of `name` (mangled as the current scope mangles) in
    /// scope `index`.
    fn lookup_in(&self, index: usize, name: &str) -> u32 {
        let private = self.scopes[self.current.last().copied().unwrap_or(0)].private;
        self.scopes[index].lookup(&mangle(private, name))
    }

    fn cur_index(&self) -> usize {
        self.current.last().copied().unwrap_or(0)
    }

    fn add_def(&mut self, name: &'a str, flag: u32, span: Span) -> Result<(), SyntaxError> {
        let scope = self.current.last().copied().unwrap_or(0);
        self.add_def_in(scope, name, flag, span)
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        while let Some(task) = self.agenda.next_task() {
            match task {
                Task::Visit(Node::Stmt(stmt)) => self.visit_stmt(stmt)?,
                Task::Visit(Node::Expr(expr)) => self.visit_expr(expr)?,
                Task::Visit(Node::Pattern(pattern)) => self.visit_pattern(pattern)?,
                Task::Enter(kind, key, class_name) => {
                    let parent = self.current.last().copied().unwrap_or(0);
                    let mut scope = Scope::new(kind, key, parent);
                    scope.private = class_name.or(self.scopes[parent].private);
                    self.current.push(self.scopes.len());
                    self.scopes.push(scope);
                }
                Task::Exit => {
                    let leaving = self.current.pop().unwrap_or(0);
                    let scope = &self.scopes[leaving];
                    let async_comprehension = scope.flags.coroutine
                        && matches!(scope.kind, ScopeKind::Comprehension(kind) if kind != CompKind::Generator);
                    if async_comprehension {
                        self.cur().flags.coroutine = true;
                    }
                }
                Task::Params(args) => self.visit_params(args)?,
                Task::CompTarget(target) => {
                    self.cur().comp_iter_target = true;
                    self.agenda
                        .schedule(vec![Task::Visit(Node::Expr(target)), Task::LeaveCompTarget]);
                }
                Task::LeaveCompTarget => self.cur().comp_iter_target = false,
                Task::CompIter(iter) => {
                    self.cur().comp_iter_expr += 1;
                    self.agenda
                        .schedule(vec![Task::Visit(Node::Expr(iter)), Task::LeaveCompIter]);
                }
                Task::LeaveCompIter => {
                    let scope = self.cur();
                    scope.comp_iter_expr = scope.comp_iter_expr.saturating_sub(1);
                }
                Task::AsyncGenerator => self.cur().flags.coroutine = true,
                Task::AfterYield(expr) => {
                    let scope = self.cur();
                    scope.flags.generator = true;
                    if let ScopeKind::Comprehension(kind) = scope.kind {
                        return Err(SyntaxError::new(
                            format!("'yield' inside {}", kind.describe()),
                            expr.span,
                        ));
                    }
                }
                Task::AfterNamedExpr(named, target) => self.named_expr_target(named, target)?,
                Task::HandlerName(name, span) => self.add_def(name, DEF_LOCAL, span)?,
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &'a Arguments) -> Result<(), SyntaxError> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for param in params {
            self.add_def(&param.arg, DEF_PARAM, param.span)?;
        }
        Ok(())
    }

    fn declaration(
        &mut self,
        stmt: &'a Stmt,
        names: &'a [Identifier],
        global: bool,
    ) -> Result<(), SyntaxError> {
        let keyword = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup_in(self.cur_index(), name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {keyword}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {keyword} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {keyword}")
                } else {
                    format!("name '{name}' is assigned to before {keyword} declaration")
                };
                return Err(SyntaxError::new(msg, stmt.span));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, stmt.span)?;
            let mangled = mangle(self.cur().private, name);
            self.cur().directives.push((mangled, stmt.span));
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
                self.add_def(&def.name, DEF_LOCAL, stmt.span)?;
                let annotations = def.args.params().filter_map(|p| p.annotation.as_deref());
                let outer = def.args.default_values().chain(annotations);
                let outer = outer.chain(&def.returns).chain(&def.decorator_list);
                let mut tasks: Vec<Task<'a>> = outer.map(|e| Task::Visit(Node::Expr(e))).collect();
                tasks.push(Task::Enter(
                    ScopeKind::Function,
                    scope_key_of_def(def),
                    None,
                ));
                if matches!(stmt.kind, StmtKind::AsyncFunctionDef(_)) {
                    tasks.push(Task::AsyncGenerator);
                }
                tasks.push(Task::Params(&def.args));
                tasks.extend(def.body.iter().map(|s| Task::Visit(Node::Stmt(s))));
                tasks.push(Task::Exit);
                self.agenda.schedule(tasks);
            }
            StmtKind::ClassDef(class) => {
                self.add_def(&class.name, DEF_LOCAL, stmt.span)?;
                let mut tasks: Vec<Task<'a>> = Vec::new();
                tasks.extend(class.bases.iter().map(|e| Task::Visit(Node::Expr(e))));
                tasks.extend(
                    class
                        .keywords
                        .iter()
                        .map(|k| Task::Visit(Node::Expr(&k.value))),
                );
                tasks.extend(
                    class
                        .decorator_list
                        .iter()
                        .map(|e| Task::Visit(Node::Expr(e))),
                );
                tasks.push(Task::Enter(ScopeKind::Class, 0, Some(&class.name)));
                tasks.extend(class.body.iter().map(|s| Task::Visit(Node::Stmt(s))));
                tasks.push(Task::Exit);
                self.agenda.schedule(tasks);
            }
            StmtKind::Global { names } => self.declaration(stmt, names, true)?,
            StmtKind::Nonlocal { names } => self.declaration(stmt, names, false)?,
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if &*alias.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                alias.span,
                            ));
                        }
                        continue;
                    }
                    let bound = match &alias.asname {
                        Some(asname) => asname,
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.add_def(bound, DEF_IMPORT, alias.span)?;
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup_in(self.cur_index(), id);
                    let in_module = self.cur().kind == ScopeKind::Module;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !in_module && *simple {
                        let keyword = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(SyntaxError::new(
                            format!("annotated name '{id}' can't be {keyword}"),
                            stmt.span,
                        ));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.span)?;
                    }
                    let mut tasks = vec![Task::Visit(Node::Expr(annotation))];
                    tasks.extend(value.iter().map(|v| Task::Visit(Node::Expr(v))));
                    self.agenda.schedule(tasks);
                } else {
                    self.schedule_children(Node::Stmt(stmt));
                }
            }
            StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
                let mut tasks: Vec<Task<'a>> = try_
                    .body
                    .iter()
                    .map(|s| Task::Visit(Node::Stmt(s)))
                    .collect();
                for handler in &try_.handlers {
                    tasks.extend(handler.type_.iter().map(|t| Task::Visit(Node::Expr(t))));
                    if let Some(name) = &handler.name {
                        tasks.push(Task::HandlerName(name, handler.span));
                    }
                    tasks.extend(handler.body.iter().map(|s| Task::Visit(Node::Stmt(s))));
                }
                tasks.extend(try_.orelse.iter().map(|s| Task::Visit(Node::Stmt(s))));
                tasks.extend(try_.finalbody.iter().map(|s| Task::Visit(Node::Stmt(s))));
                self.agenda.schedule(tasks);
            }
            _ => self.schedule_children(Node::Stmt(stmt)),
        }
        Ok(())
    }

    fn schedule_children(&mut self, node: Node<'a>) {
        self.agenda.schedule_children(node, Task::Visit);
    }

    fn visit_expr(&mut self, expr: &'a Expr) -> Result<(), SyntaxError> {
        match &expr.kind {
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, expr.span)?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.agenda.schedule(vec![
                    Task::Visit(Node::Expr(value)),
                    Task::AfterNamedExpr(expr, target),
                ]);
            }
            ExprKind::Lambda { args, body } => {
                let defaults = args.default_values();
                let mut tasks: Vec<Task<'a>> =
                    defaults.map(|e| Task::Visit(Node::Expr(e))).collect();
                tasks.push(Task::Enter(
                    ScopeKind::Function,
                    scope_key_of_expr(expr),
                    None,
                ));
                tasks.push(Task::Params(args));
                tasks.push(Task::Visit(Node::Expr(body)));
                tasks.push(Task::Exit);
                self.agenda.schedule(tasks);
            }
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => {
                let mut tasks: Vec<Task<'a>> = Vec::new();
                if let ExprKind::Yield { value: Some(value) } | ExprKind::YieldFrom { value } =
                    &expr.kind
                {
                    tasks.push(Task::Visit(Node::Expr(value)));
                }
                tasks.push(Task::AfterYield(expr));
                self.agenda.schedule(tasks);
            }
            ExprKind::Await { value } => {
                self.cur().flags.coroutine = true;
                self.agenda.schedule(vec![Task::Visit(Node::Expr(value))]);
            }
            _ => match (CompKind::of(expr), expr.comprehension_parts()) {
                (Some(kind), Some(parts)) => self.visit_comprehension(expr, kind, parts),
                _ => self.schedule_children(Node::Expr(expr)),
            },
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        expr: &'a Expr,
        kind: CompKind,
        parts: ComprehensionParts<'a>,
    ) {
        let Some((outermost, rest)) = parts.generators.split_first() else {
            return;
        };
        let mut tasks = vec![
            Task::CompIter(&outermost.iter),
            Task::Enter(
                ScopeKind::Comprehension(kind),
                scope_key_of_expr(expr),
                None,
            ),
        ];
        if outermost.is_async {
            tasks.push(Task::AsyncGenerator);
        }
        tasks.push(Task::CompTarget(&outermost.target));
        tasks.extend(outermost.ifs.iter().map(|e| Task::Visit(Node::Expr(e))));
        for generator in rest {
            tasks.push(Task::CompTarget(&generator.target));
            tasks.push(Task::CompIter(&generator.iter));
            tasks.extend(generator.ifs.iter().map(|e| Task::Visit(Node::Expr(e))));
            if generator.is_async {
                tasks.push(Task::AsyncGenerator);
            }
        }
        // CPython visits a dict comprehension's value before its key.
        tasks.extend(parts.value.map(|v| Task::Visit(Node::Expr(v))));
        tasks.push(Task::Visit(Node::Expr(parts.elt)));
        tasks.push(Task::Exit);
        self.agenda.schedule(tasks);
    }

    /// Binds the target of `:=`: in the enclosing scope, or, inside a
    /// comprehension, in the nearest enclosing function or module.
    fn named_expr_target(&mut self, named: &'a Expr, target: &'a Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            self.agenda.schedule(vec![Task::Visit(Node::Expr(target))]);
            return Ok(());
        };
        if self.cur().comp_iter_expr > 0 {
            return Err(SyntaxError::new(
                "assignment expression cannot be used in a comprehension iterable expression",
                named.span,
            ));
        }
        if !matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            return self.add_def(id, DEF_LOCAL, target.span);
        }
        for &index in self.current.iter().rev() {
            let scope = &self.scopes[index];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if self.lookup_in(index, id) & DEF_COMP_ITER != 0 {
                        return Err(SyntaxError::new(
                            format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                            target.span,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Module => {
                    // As CPython: the comprehension declares the name
                    // nonlocal (global at module level or where the
                    // function declares it global), the function binds it.
                    let in_function = scope.kind == ScopeKind::Function;
                    let global = !in_function || self.lookup_in(index, id) & DEF_GLOBAL != 0;
                    let declared = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(id, declared, named.span)?;
                    let mangled = mangle(self.cur().private, id);
                    self.cur().directives.push((mangled, named.span));
                    let bound = if in_function { DEF_LOCAL } else { DEF_GLOBAL };
                    return self.add_def_in(index, id, bound, named.span);
                }
                ScopeKind::Class => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) -> Result<(), SyntaxError> {
        match &pattern.kind {
            PatternKind::MatchAs {
                name: Some(name), ..
            }
            | PatternKind::MatchStar { name: Some(name) } => {
                self.schedule_children(Node::Pattern(pattern));
                self.add_def(name, DEF_LOCAL, pattern.span)
            }
            PatternKind::MatchMapping {
                rest: Some(rest), ..
            } => {
                self.schedule_children(Node::Pattern(pattern));
                self.add_def(rest, DEF_LOCAL, pattern.span)
            }
            _ => {
                self.schedule_children(Node::Pattern(pattern));
                Ok(())
            }
        }
    }
}

/// Walks `module` as CPython's symbol table builder does, raising the first
/// error it meets; on success returns the scopes for [`analyze`] and the
/// generator/coroutine flags of every function-like scope.
pub(crate) fn build(module: &Module) -> Result<(SymbolTable<'_>, ScopeFlagMap), SyntaxError> {
    let mut builder = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, 0, 0)],
        current: vec![0],
        agenda: Agenda::new(module.body.iter().map(|s| Task::Visit(Node::Stmt(s)))),
    };
    builder.run()?;
    let flags = builder
        .scopes
        .iter()
        .filter(|scope| scope.kind != ScopeKind::Module && scope.kind != ScopeKind::Class)
        .map(|scope| (scope.key, scope.flags))
        .collect();
    Ok((
        SymbolTable {
            scopes: builder.scopes,
        },
        flags,
    ))
}

fn error_at_directive(scope: &Scope<'_>, name: &str, msg: String) -> SyntaxError {
    let span = scope
        .directives
        .iter()
        .find(|(directive, _)| directive == name)
        .map_or(Span::default(), |&(_, span)| span);
    SyntaxError::new(msg, span)
}

/// True if `name` is bound in a function enclosing the scope whose parent
/// is `parent`, as CPython's `analyze_block` passes bound names down: a
/// function's bound names reach its children, minus the names it declares
/// global; a class passes its parent's names on, plus the `__class__` cell
/// its methods may use.
fn bound_above(table: &SymbolTable<'_>, name: &str, mut parent: usize) -> bool {
    loop {
        let scope = &table.scopes[parent];
        let flags = scope.lookup(name);
        match scope.kind {
            ScopeKind::Module => return false,
            ScopeKind::Function | ScopeKind::Comprehension(_) => {
                if flags & DEF_GLOBAL != 0 {
                    return false;
                }
                if flags & DEF_NONLOCAL == 0 && flags & DEF_BOUND != 0 {
                    return true;
                }
            }
            ScopeKind::Class if name == "__class__" => return true,
            ScopeKind::Class => {}
        }
        parent = scope.parent;
    }
}

/// Resolves `global`/`nonlocal` declarations as CPython's `analyze_block`
/// does: scopes in pre-order (the order [`build`] created them), each
/// scope's names in order of first use. Each lookup walks the enclosing
/// scopes, which are at most as many as the indentation levels.
pub(crate) fn analyze(table: &SymbolTable<'_>) -> Result<(), SyntaxError> {
    for (index, scope) in table.scopes.iter().enumerate() {
        for (name, flags) in &scope.symbols {
            let (name, flags) = (&**name, *flags);
            if flags & DEF_GLOBAL != 0 && flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(error_at_directive(scope, name, msg));
            }
            if flags & DEF_GLOBAL != 0 || flags & DEF_NONLOCAL == 0 {
                continue;
            }
            if index == 0 {
                let msg = "nonlocal declaration not allowed at module level".to_owned();
                return Err(error_at_directive(scope, name, msg));
            }
            if !bound_above(table, name, scope.parent) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(error_at_directive(scope, name, msg));
            }
        }
    }
    Ok(())
}
