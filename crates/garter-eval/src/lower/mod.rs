//! Lowering: the AST plus scope analysis becomes the evaluator's tree
//! (`ir`). Names become slots, cells or namespace lookups; constants
//! become values; each function, class body and comprehension becomes a
//! `Code`.

mod annotations;
mod expr;
pub(crate) mod resumable;
mod stmt;

use std::rc::Rc;

use garter_runtime::types::exception::SourceFile;
use garter_runtime::{Value, Vm};
use garter_syntax::ast::{self, Arguments, Constant, Expr, ExprKind, Stmt, StmtKind};
use garter_syntax::LineIndex;

use crate::ir::{self, Code, CodeKind, NameRef, Params};
use crate::scope::{analyse, Resolved, ScopeKind, ScopeTable};

/// Lowers a whole module.
pub fn lower_module(vm: &Vm, module: &ast::Module, file: Rc<SourceFile>) -> Rc<Code> {
    lower_module_code(vm, module, file, false)
}

/// Lowers source given to `exec`/`eval`/`compile`: its top-level names are
/// read from the namespace the code runs in (which may be a locals
/// mapping apart from the globals), never straight from the globals.
pub fn lower_dynamic_module(vm: &Vm, module: &ast::Module, file: Rc<SourceFile>) -> Rc<Code> {
    lower_module_code(vm, module, file, true)
}

fn lower_module_code(
    vm: &Vm,
    module: &ast::Module,
    file: Rc<SourceFile>,
    names_in_namespace: bool,
) -> Rc<Code> {
    let scopes = analyse(module);
    let lines = LineIndex::new(&file.text);
    let mut l = Lowerer {
        vm,
        scopes,
        file,
        lines,
        scope: 0,
        qualname: Vec::new(),
        class_name: None,
        names_in_namespace,
        future_annotations: annotations::has_future_annotations(module),
    };
    let mut body = l.stmts(&module.body);
    if let Some(doc) = l.docstring(&module.body) {
        let span = module.body.first().map(|s| s.span).unwrap_or_default();
        let target = ir::Target::Name(NameRef::Name, vm.intern("__doc__"), Default::default());
        let value = ir::Expr {
            kind: ir::ExprKind::Const(doc),
            span,
        };
        body.insert(
            0,
            ir::Stmt {
                kind: ir::StmtKind::Assign(vec![target], value),
                span,
            },
        );
    }
    Rc::new(Code {
        name: vm.intern("<module>"),
        qualname: vm.intern("<module>"),
        file: l.file.clone(),
        kind: CodeKind::Module,
        params: Params {
            positional: Vec::new(),
            posonly: 0,
            vararg: None,
            kwonly: Vec::new(),
            kwarg: None,
        },
        nlocals: 0,
        local_names: Rc::from(Vec::new()),
        cellvars: Vec::new(),
        cell_params: Vec::new(),
        freevars: Vec::new(),
        body,
        machine: None,
        first_line: 1,
    })
}

pub(crate) struct Lowerer<'a> {
    vm: &'a Vm,
    scopes: ScopeTable,
    file: Rc<SourceFile>,
    lines: LineIndex,
    scope: usize,
    /// The qualified-name prefix of the current scope.
    qualname: Vec<String>,
    /// The innermost enclosing class, for private-name mangling.
    class_name: Option<String>,
    /// Top-level names are namespace lookups, not global reads (`exec`).
    names_in_namespace: bool,
    /// `from __future__ import annotations`: annotations stay strings.
    future_annotations: bool,
}

impl<'a> Lowerer<'a> {
    /// A name as written inside the current class (mangled if private).
    fn mangled(&self, name: &str) -> String {
        crate::scope::mangle(self.class_name.as_deref(), name)
    }

    /// The interned, mangled form of an identifier.
    fn ident(&self, name: &str) -> Value {
        self.vm.intern(&self.mangled(name))
    }

    fn name_ref(&self, name: &str) -> NameRef {
        let name = self.mangled(name);
        match self.scopes.scopes[self.scope].resolve(&name) {
            Resolved::Local(i) => NameRef::Local(i),
            Resolved::Cell(i) => NameRef::Cell(i),
            Resolved::Global => NameRef::Global,
            Resolved::Name => NameRef::Name,
            Resolved::ClassDeref(i) => NameRef::ClassDeref(i),
        }
    }

    fn intern(&self, s: &str) -> Value {
        self.vm.intern(s)
    }

    /// An annotation: evaluated, or its text under PEP 563.
    fn annotation(&mut self, e: &Expr) -> ir::Expr {
        if !self.future_annotations {
            return self.expr(e);
        }
        let text = annotations::annotation_text(e, &self.file.text);
        ir::Expr {
            kind: ir::ExprKind::Const(self.vm.new_str(text)),
            span: e.span,
        }
    }

    fn constant(&self, c: &Constant) -> ir::ExprKind {
        ir::ExprKind::Const(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(n) => Value::from_bigint(self.vm, n.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => self.vm.new_object(
                self.vm.types.complex.clone(),
                garter_runtime::object::Payload::Complex {
                    re: *real,
                    im: *imag,
                },
            ),
            Constant::Str(literal) => match garter_runtime::text::surrogates::from_literal(literal) {
                Some(s) if s.len() <= 40 => self.vm.intern(&s),
                Some(s) => self.vm.new_str(s),
                None => {
                    return ir::ExprKind::Unsupported(
                        "Garter reserves U+DD800..U+DDFFF for lone surrogates, so string literals holding those code points".into(),
                    )
                }
            },
            Constant::Bytes(b) => garter_runtime::types::bytes::new_bytes(self.vm, b.clone()),
            Constant::Ellipsis => self.vm.ellipsis.clone(),
        })
    }

    fn line_of(&self, span: ast::Span) -> u32 {
        self.lines.line_of(span.start as usize) as u32
    }

    /// The qualified name of a new scope called `name`.
    fn child_qualname(&self, name: &str) -> String {
        let mut parts = self.qualname.clone();
        parts.push(name.to_string());
        parts.join(".")
    }

    /// Lowers the body of a function, lambda or comprehension scope.
    fn function_code(
        &mut self,
        node_scope: usize,
        name: &str,
        args: Option<&Arguments>,
        body: FunctionBody<'_>,
        first_line: u32,
    ) -> Rc<Code> {
        let qualname = self.child_qualname(name);
        let saved_scope = std::mem::replace(&mut self.scope, node_scope);
        let saved_qual = std::mem::replace(
            &mut self.qualname,
            vec![qualname.clone(), "<locals>".into()],
        );
        let lowered = match body {
            FunctionBody::Stmts(stmts) => self.stmts(stmts),
            FunctionBody::Lambda(e) => {
                let value = self.expr(e);
                vec![ir::Stmt {
                    span: e.span,
                    kind: ir::StmtKind::Return(Some(value)),
                }]
            }
            FunctionBody::Lowered(stmts) => stmts,
        };
        let s = &self.scopes.scopes[node_scope];
        let (body, machine) = resumable::machine_code(s.is_generator, lowered);
        let intern = |n: &String| self.vm.intern(n);
        let params = match args {
            Some(a) => Params {
                positional: a
                    .posonlyargs
                    .iter()
                    .chain(&a.args)
                    .map(|p| self.vm.intern(&p.arg))
                    .collect(),
                posonly: a.posonlyargs.len(),
                vararg: a.vararg.as_ref().map(|p| self.vm.intern(&p.arg)),
                kwonly: a
                    .kwonlyargs
                    .iter()
                    .map(|p| self.vm.intern(&p.arg))
                    .collect(),
                kwarg: a.kwarg.as_ref().map(|p| self.vm.intern(&p.arg)),
            },
            None => Params {
                positional: vec![self.vm.intern(".0")],
                posonly: 1,
                vararg: None,
                kwonly: Vec::new(),
                kwarg: None,
            },
        };
        let cell_params = s
            .params
            .iter()
            .enumerate()
            .filter_map(|(slot, p)| {
                s.cellvars
                    .iter()
                    .position(|c| c == p)
                    .map(|c| (c as u32, slot as u32))
            })
            .collect();
        let code = Code {
            name: self.vm.intern(name),
            qualname: self.vm.new_str(qualname),
            file: self.file.clone(),
            kind: if s.is_generator {
                CodeKind::Generator
            } else {
                CodeKind::Function
            },
            params,
            nlocals: s.local_names.len(),
            local_names: s.local_names.iter().map(intern).collect::<Vec<_>>().into(),
            cellvars: s.cellvars.iter().map(intern).collect(),
            cell_params,
            freevars: s.freevars.iter().map(intern).collect(),
            body,
            machine,
            first_line,
        };
        self.scope = saved_scope;
        self.qualname = saved_qual;
        Rc::new(code)
    }

    /// The enclosing frame's cells that make up a new scope's closure.
    fn closure_of(&self, inner: usize) -> Vec<u32> {
        let outer = &self.scopes.scopes[self.scope];
        self.scopes.scopes[inner]
            .freevars
            .iter()
            .map(|n| outer.cell_index(n).unwrap_or(0))
            .collect()
    }

    /// The docstring of a body, if its first statement is a string.
    fn docstring(&self, body: &[Stmt]) -> Option<Value> {
        match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr { value }) => match &value.kind {
                ExprKind::Constant {
                    value: Constant::Str(literal),
                    ..
                } => garter_runtime::text::surrogates::from_literal(literal)
                    .map(|s| self.vm.new_str(s)),
                _ => None,
            },
            _ => None,
        }
    }

    fn scope_kind(&self) -> ScopeKind {
        self.scopes.scopes[self.scope].kind()
    }
}

/// The body of a function-like scope being lowered.
enum FunctionBody<'b> {
    Stmts(&'b [Stmt]),
    Lambda(&'b Expr),
    Lowered(Vec<ir::Stmt>),
}
