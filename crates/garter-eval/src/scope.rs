//! Scope analysis: which names each scope binds, and how every name use
//! resolves (a local slot, a closure cell, a global, or a class-body
//! namespace lookup), as CPython's symtable decides.
//!
//! Pass one walks the tree and records, per scope, the names it binds,
//! uses, and declares `global`/`nonlocal`. Pass two resolves free names
//! against enclosing function scopes, turning their bindings into cells.
//! Scopes are keyed by the address of their AST node, so lowering finds
//! them without depending on traversal order.

use std::collections::{HashMap, HashSet};

use garter_syntax::ast::{self, Arguments, Expr, ExprKind, Stmt, StmtKind};

/// What kind of block a scope is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name resolves in a scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resolved {
    /// A fast local: slot index.
    Local(u32),
    /// A closure cell (own cell or free variable): index into the
    /// frame's cells (own cells first, then free variables).
    Cell(u32),
    /// The module namespace, then builtins.
    Global,
    /// The class (or module) namespace, then globals, then builtins.
    Name,
    /// A class body reading a free variable: the class namespace first,
    /// then the cell.
    ClassDeref(u32),
}

/// One scope's analysis.
#[derive(Debug, Default)]
pub struct Scope {
    pub kind: Option<ScopeKind>,
    pub parent: Option<usize>,
    /// Parameters in slot order.
    pub params: Vec<String>,
    bound: HashSet<String>,
    used: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    /// Names bound here that inner scopes capture.
    cells: HashSet<String>,
    /// Free names this scope takes from enclosing ones, in order.
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// A method body that uses `super` or `__class__`.
    pub needs_class_cell: bool,
    /// Final slot layout, filled by `finish`.
    pub local_names: Vec<String>,
    pub cellvars: Vec<String>,
    resolution: HashMap<String, Resolved>,
}

impl Scope {
    pub fn kind(&self) -> ScopeKind {
        self.kind.unwrap_or(ScopeKind::Module)
    }

    /// How `name` resolves here.
    pub fn resolve(&self, name: &str) -> Resolved {
        if let Some(r) = self.resolution.get(name) {
            return *r;
        }
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => Resolved::Name,
            _ => Resolved::Global,
        }
    }

    /// The cell index of a cell or free variable.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }
}

/// Every scope of a module.
#[derive(Debug, Default)]
pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl ScopeTable {
    /// The scope a function, class, lambda or comprehension node opens.
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// Analyses a module.
pub fn analyse(module: &ast::Module) -> ScopeTable {
    let mut b = Builder {
        table: ScopeTable::default(),
        current: 0,
        class_name: None,
    };
    b.table.scopes.push(Scope {
        kind: Some(ScopeKind::Module),
        ..Scope::default()
    });
    for s in &module.body {
        b.stmt(s);
    }
    resolve_all(&mut b.table);
    b.table
}

struct Builder {
    table: ScopeTable,
    current: usize,
    /// The innermost enclosing class, for private-name mangling.
    class_name: Option<String>,
}

/// `__name` inside class `C` becomes `_C__name` (CPython's mangling).
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class) = class_name else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn bind(&mut self, name: &str) {
        let name = mangle(self.class_name.as_deref(), name);
        self.scope().bound.insert(name);
    }

    fn use_name(&mut self, name: &str) {
        let name = mangle(self.class_name.as_deref(), name);
        self.scope().used.insert(name);
    }

    fn open<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind: Some(kind),
            parent: Some(self.current),
            ..Scope::default()
        });
        self.table.by_node.insert(node as *const T as usize, id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn params(&mut self, args: &Arguments) {
        for a in args.params() {
            self.bind(&a.arg);
            let name = mangle(self.class_name.as_deref(), &a.arg);
            self.scope().params.push(name);
        }
    }

    fn arg_annotations(&mut self, args: &Arguments) {
        for a in args.params() {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                for d in f.args.default_values() {
                    self.expr(d);
                }
                self.arg_annotations(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(&f.name);
                let saved = self.open(s, ScopeKind::Function);
                self.params(&f.args);
                self.stmts(&f.body);
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(&c.name);
                let saved = self.open(s, ScopeKind::Class);
                let saved_class = self.class_name.replace(c.name.to_string());
                self.stmts(&c.body);
                self.class_name = saved_class;
                self.current = saved;
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.use_name(id);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                if !(*simple && self.scope().kind() == ScopeKind::Function) {
                    self.expr(annotation);
                }
                if value.is_some() || !matches!(target.kind, ExprKind::Name { .. }) {
                    self.target(target);
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    self.bind(id);
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name != "*" {
                        let bound = a.asname.as_deref().unwrap_or(&a.name).to_string();
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    let n = mangle(self.class_name.as_deref(), n);
                    self.scope().globals.insert(n);
                }
            }
            StmtKind::Nonlocal { names } => {
                for n in names {
                    let n = mangle(self.class_name.as_deref(), n);
                    self.scope().nonlocals.insert(n);
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name { id, .. } => self.bind(id),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.target(e);
                }
            }
            ExprKind::Starred { value, .. } => self.target(value),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name { id, .. } => {
                if &**id == "super" || &**id == "__class__" {
                    self.mark_class_cell_use();
                }
                self.use_name(id);
            }
            ExprKind::Lambda { args, body } => {
                for d in args.default_values() {
                    self.expr(d);
                }
                let saved = self.open(e, ScopeKind::Function);
                self.params(args);
                self.expr(body);
                self.current = saved;
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => {
                if let Some(first) = generators.first() {
                    self.expr(&first.iter);
                }
                let saved = self.open(e, ScopeKind::Comprehension);
                self.scope().params.push(".0".to_string());
                self.bind(".0");
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                    self.scope().is_generator = true;
                }
                for (i, g) in generators.iter().enumerate() {
                    if i > 0 {
                        self.expr(&g.iter);
                    }
                    self.target(&g.target);
                    for cond in &g.ifs {
                        self.expr(cond);
                    }
                }
                match &e.kind {
                    ExprKind::DictComp { key, value, .. } => {
                        self.expr(key);
                        self.expr(value);
                    }
                    ExprKind::ListComp { elt, .. }
                    | ExprKind::SetComp { elt, .. }
                    | ExprKind::GeneratorExp { elt, .. } => self.expr(elt),
                    _ => {}
                }
                self.current = saved;
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name { id, .. } = &target.kind {
                    let id = mangle(self.class_name.as_deref(), id);
                    self.bind_walrus(&id);
                }
            }
            ExprKind::Yield { value } => {
                self.scope().is_generator = true;
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom { value } => {
                self.scope().is_generator = true;
                self.expr(value);
            }
            _ => {
                let mut children = Vec::new();
                ast::visit::Node::Expr(e).push_children(&mut children);
                for c in children {
                    match c {
                        ast::visit::Node::Expr(x) => self.expr(x),
                        ast::visit::Node::Stmt(s) => self.stmt(s),
                        ast::visit::Node::Pattern(_) => {}
                    }
                }
            }
        }
    }

    /// A walrus in a comprehension binds in the nearest enclosing
    /// non-comprehension scope.
    fn bind_walrus(&mut self, name: &str) {
        let mut id = self.current;
        while self.table.scopes[id].kind() == ScopeKind::Comprehension {
            self.table.scopes[id].nonlocals.insert(name.to_string());
            self.table.scopes[id].used.insert(name.to_string());
            match self.table.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        let target = &mut self.table.scopes[id];
        target.bound.insert(name.to_string());
        if target.kind() == ScopeKind::Module {
            let mut id = self.current;
            while self.table.scopes[id].kind() == ScopeKind::Comprehension {
                let s = &mut self.table.scopes[id];
                s.nonlocals.remove(name);
                s.globals.insert(name.to_string());
                match s.parent {
                    Some(p) => id = p,
                    None => break,
                }
            }
        }
    }

    /// `super` or `__class__` inside a function nested in a class.
    fn mark_class_cell_use(&mut self) {
        let mut id = self.current;
        loop {
            let s = &self.table.scopes[id];
            match (s.kind(), s.parent) {
                (ScopeKind::Function | ScopeKind::Comprehension, Some(p)) => {
                    if self.table.scopes[p].kind() == ScopeKind::Class {
                        self.table.scopes[self.current].needs_class_cell = true;
                        return;
                    }
                    id = p;
                }
                _ => return,
            }
        }
    }
}

/// Resolves every scope's names, parents before children.
fn resolve_all(table: &mut ScopeTable) {
    let n = table.scopes.len();
    for id in 0..n {
        let names: Vec<String> = {
            let s = &table.scopes[id];
            let mut v: Vec<String> = s.used.iter().chain(s.bound.iter()).cloned().collect();
            v.sort();
            v.dedup();
            if s.needs_class_cell {
                v.push("__class__".to_string());
            }
            v
        };
        for name in names {
            resolve_free(table, id, &name);
        }
    }
    for s in table.scopes.iter_mut() {
        finish(s);
    }
}

/// Decides whether `name` in scope `id` is free, and if so makes it a cell
/// in the scope that binds it and a free variable in every scope between.
fn resolve_free(table: &mut ScopeTable, id: usize, name: &str) {
    let s = &table.scopes[id];
    let kind = s.kind();
    if kind == ScopeKind::Module || s.globals.contains(name) {
        return;
    }
    let is_class_cell = name == "__class__" && s.needs_class_cell;
    let locally_bound = s.bound.contains(name) && !s.nonlocals.contains(name) && !is_class_cell;
    if locally_bound {
        return;
    }
    let mut chain = vec![id];
    let mut cur = s.parent;
    while let Some(p) = cur {
        let ps = &table.scopes[p];
        match ps.kind() {
            ScopeKind::Module => return,
            ScopeKind::Class => {
                if is_class_cell {
                    table.scopes[p].cells.insert(name.to_string());
                    for c in chain {
                        add_free(&mut table.scopes[c], name);
                    }
                    return;
                }
                chain.push(p);
            }
            _ => {
                if ps.globals.contains(name) {
                    return;
                }
                if ps.bound.contains(name) && !ps.nonlocals.contains(name) {
                    table.scopes[p].cells.insert(name.to_string());
                    for c in chain {
                        add_free(&mut table.scopes[c], name);
                    }
                    return;
                }
                chain.push(p);
            }
        }
        cur = table.scopes[p].parent;
    }
}

fn add_free(s: &mut Scope, name: &str) {
    if !s.freevars.iter().any(|n| n == name) {
        s.freevars.push(name.to_string());
    }
}

/// Lays out slots and records each name's resolution.
fn finish(s: &mut Scope) {
    let kind = s.kind();
    let mut names: Vec<String> = s.bound.iter().chain(s.used.iter()).cloned().collect();
    names.sort();
    names.dedup();
    if kind == ScopeKind::Class && s.cells.contains("__class__") {
        s.cellvars.push("__class__".to_string());
    }
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        for p in s.params.clone() {
            if !s.local_names.contains(&p) {
                s.local_names.push(p);
            }
        }
        for n in &names {
            if s.bound.contains(n)
                && !s.globals.contains(n)
                && !s.nonlocals.contains(n)
                && !s.local_names.contains(n)
            {
                s.local_names.push(n.clone());
            }
        }
        let mut cells: Vec<String> = s.cells.iter().cloned().collect();
        cells.sort_by_key(|c| {
            s.local_names
                .iter()
                .position(|n| n == c)
                .unwrap_or(usize::MAX)
        });
        s.cellvars = cells;
    }
    for n in names.iter().chain(s.freevars.clone().iter()) {
        let r = if s.globals.contains(n) {
            Resolved::Global
        } else if let Some(i) = s.cellvars.iter().position(|c| c == n) {
            Resolved::Cell(i as u32)
        } else if let Some(i) = s.freevars.iter().position(|c| c == n) {
            let idx = (s.cellvars.len() + i) as u32;
            if kind == ScopeKind::Class && !s.nonlocals.contains(n) {
                if s.bound.contains(n) {
                    Resolved::Name
                } else {
                    Resolved::ClassDeref(idx)
                }
            } else {
                Resolved::Cell(idx)
            }
        } else if let Some(i) = s.local_names.iter().position(|c| c == n) {
            Resolved::Local(i as u32)
        } else {
            match kind {
                ScopeKind::Module | ScopeKind::Class => Resolved::Name,
                _ => Resolved::Global,
            }
        };
        s.resolution.insert(n.clone(), r);
    }
}
