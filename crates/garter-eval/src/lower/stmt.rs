//! Lowering statements, function and class definitions, and imports.

use std::rc::Rc;

use garter_syntax::ast::{ExprKind, Stmt, StmtKind};

use super::expr::binop;
use super::{FunctionBody, Lowerer};
use crate::ir::{self, Handler, ImportName, Target, WithItem};
use crate::scope::ScopeKind;

impl Lowerer<'_> {
    pub(crate) fn stmts(&mut self, body: &[Stmt]) -> Vec<ir::Stmt> {
        body.iter()
            .map(|s| ir::Stmt {
                kind: self.stmt_kind(s),
                span: s.span,
            })
            .collect()
    }

    fn stmt_kind(&mut self, s: &Stmt) -> ir::StmtKind {
        use ir::StmtKind as K;
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let Some(scope) = self.scopes.scope_of(s) else {
                    return K::Unsupported("a function without a scope".into());
                };
                let decorators = f.decorator_list.iter().map(|d| self.expr(d)).collect();
                let defaults = f.args.defaults.iter().map(|d| self.expr(d)).collect();
                let kwdefaults = self.kwdefaults(&f.args);
                let mut annotations = Vec::new();
                for a in f.args.params() {
                    if let Some(ann) = &a.annotation {
                        annotations.push((self.intern(&a.arg), self.annotation(ann)));
                    }
                }
                if let Some(r) = &f.returns {
                    annotations.push((self.intern("return"), self.annotation(r)));
                }
                let doc = self.docstring(&f.body);
                let line = self.line_of(s.span);
                let code = self.function_code(
                    scope,
                    &f.name,
                    Some(&f.args),
                    FunctionBody::Stmts(&f.body),
                    line,
                );
                let def = ir::FunctionDef {
                    code,
                    defaults,
                    kwdefaults,
                    closure: self.closure_of(scope),
                    doc,
                    annotations,
                };
                let target = Target::Name(
                    self.name_ref(&f.name),
                    self.ident(&f.name),
                    Default::default(),
                );
                K::FunctionDef(Rc::new(def), decorators, target)
            }
            StmtKind::AsyncFunctionDef(_) => K::Unsupported("async functions".into()),
            StmtKind::ClassDef(c) => {
                let Some(scope) = self.scopes.scope_of(s) else {
                    return K::Unsupported("a class without a scope".into());
                };
                let decorators = c.decorator_list.iter().map(|d| self.expr(d)).collect();
                let bases = self.elts(&c.bases);
                let keywords = self.kwargs(&c.keywords);
                let doc = self.docstring(&c.body);
                let qualname = self.child_qualname(&c.name);
                let saved_scope = std::mem::replace(&mut self.scope, scope);
                let saved_qual = std::mem::replace(&mut self.qualname, vec![qualname.clone()]);
                let saved_class = self.class_name.replace(c.name.to_string());
                let body = self.stmts(&c.body);
                self.class_name = saved_class;
                self.scope = saved_scope;
                self.qualname = saved_qual;
                let sc = &self.scopes.scopes[scope];
                let intern = |n: &String| self.vm.intern(n);
                let code = ir::Code {
                    name: self.intern(&c.name),
                    qualname: self.vm.new_str(qualname),
                    file: self.file.clone(),
                    kind: ir::CodeKind::Class,
                    params: ir::Params {
                        positional: Vec::new(),
                        posonly: 0,
                        vararg: None,
                        kwonly: Vec::new(),
                        kwarg: None,
                    },
                    nlocals: 0,
                    local_names: Rc::from(Vec::new()),
                    cellvars: sc.cellvars.iter().map(intern).collect(),
                    cell_params: Vec::new(),
                    freevars: sc.freevars.iter().map(intern).collect(),
                    body,
                    machine: None,
                    first_line: self.line_of(s.span),
                };
                let def = ir::ClassDef {
                    name: self.intern(&c.name),
                    body: Rc::new(code),
                    bases,
                    keywords,
                    closure: self.closure_of(scope),
                    doc,
                };
                let target = Target::Name(
                    self.name_ref(&c.name),
                    self.ident(&c.name),
                    Default::default(),
                );
                K::ClassDef(Rc::new(def), decorators, target)
            }
            StmtKind::Return { value } => K::Return(value.as_ref().map(|v| self.expr(v))),
            StmtKind::Delete { targets } => {
                K::Delete(targets.iter().map(|t| self.target(t)).collect())
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value);
                K::Assign(targets.iter().map(|t| self.target(t)).collect(), v)
            }
            StmtKind::AugAssign { target, op, value } => {
                let v = self.expr(value);
                K::AugAssign(self.target(target), binop(*op), v, target.span)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let records = *simple && self.scope_kind() != ScopeKind::Function;
                let annotate = match &target.kind {
                    ExprKind::Name { id, .. } if records => {
                        Some(K::Annotate(self.ident(id), self.annotation(annotation)))
                    }
                    _ => None,
                };
                match (value, annotate) {
                    (Some(v), Some(annotate)) => {
                        let v = self.expr(v);
                        let assign = ir::Stmt {
                            kind: K::Assign(vec![self.target(target)], v),
                            span: s.span,
                        };
                        let note = ir::Stmt {
                            kind: annotate,
                            span: s.span,
                        };
                        K::Sequence(vec![assign, note])
                    }
                    (Some(v), None) => {
                        let v = self.expr(v);
                        K::Assign(vec![self.target(target)], v)
                    }
                    (None, Some(annotate)) => annotate,
                    (None, None) => K::Pass,
                }
            }
            StmtKind::For(f) => {
                let iter = self
                    .folded_set(&f.iter)
                    .unwrap_or_else(|| self.expr(&f.iter));
                K::For(
                    self.target(&f.target),
                    iter,
                    self.stmts(&f.body),
                    self.stmts(&f.orelse),
                )
            }
            StmtKind::AsyncFor(_) => K::Unsupported("async for loops".into()),
            StmtKind::While { test, body, orelse } => {
                K::While(self.expr(test), self.stmts(body), self.stmts(orelse))
            }
            StmtKind::If { test, body, orelse } => {
                K::If(self.expr(test), self.stmts(body), self.stmts(orelse))
            }
            StmtKind::With(w) => {
                let items = w
                    .items
                    .iter()
                    .map(|i| WithItem {
                        context: self.expr(&i.context_expr),
                        target: i.optional_vars.as_ref().map(|t| self.target(t)),
                    })
                    .collect();
                K::With(items, self.stmts(&w.body))
            }
            StmtKind::AsyncWith(_) => K::Unsupported("async with statements".into()),
            StmtKind::Match { .. } => K::Unsupported("the match statement".into()),
            StmtKind::Raise { exc, cause } => K::Raise(
                exc.as_ref().map(|e| self.expr(e)),
                cause.as_ref().map(|c| self.expr(c)),
            ),
            StmtKind::Try(t) | StmtKind::TryStar(t) => K::Try {
                star: matches!(s.kind, StmtKind::TryStar(_)),
                body: self.stmts(&t.body),
                handlers: t
                    .handlers
                    .iter()
                    .map(|h| Handler {
                        span: h.span,
                        type_: h.type_.as_ref().map(|e| self.expr(e)),
                        name: h.name.as_ref().map(|n| {
                            Target::Name(self.name_ref(n), self.ident(n), Default::default())
                        }),
                        body: self.stmts(&h.body),
                    })
                    .collect(),
                orelse: self.stmts(&t.orelse),
                finalbody: self.stmts(&t.finalbody),
            },
            StmtKind::Assert { test, msg } => {
                K::Assert(self.expr(test), msg.as_ref().map(|m| self.expr(m)))
            }
            StmtKind::Import { names } => K::Import(
                names
                    .iter()
                    .map(|a| {
                        let (bound, bind_leaf) = match &a.asname {
                            Some(n) => (n.to_string(), true),
                            None => (a.name.split('.').next().unwrap_or("").to_string(), false),
                        };
                        ImportName {
                            module: a.name.to_string(),
                            target: Target::Name(
                                self.name_ref(&bound),
                                self.ident(&bound),
                                Default::default(),
                            ),
                            bind_leaf,
                        }
                    })
                    .collect(),
            ),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let module = module.as_deref().unwrap_or("").to_string();
                if names.iter().any(|a| &*a.name == "*") {
                    return K::ImportStar {
                        module,
                        level: *level,
                    };
                }
                K::ImportFrom {
                    module,
                    level: *level,
                    names: names
                        .iter()
                        .map(|a| {
                            let bound = a.asname.as_deref().unwrap_or(&a.name).to_string();
                            (
                                self.intern(&a.name),
                                Target::Name(
                                    self.name_ref(&bound),
                                    self.ident(&bound),
                                    Default::default(),
                                ),
                            )
                        })
                        .collect(),
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => K::Pass,
            StmtKind::Expr { value } => K::Expr(self.expr(value)),
            StmtKind::Break => K::Break,
            StmtKind::Continue => K::Continue,
        }
    }
}
