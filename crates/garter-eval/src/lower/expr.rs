//! Lowering expressions and assignment targets.

use std::rc::Rc;

use garter_runtime::dunder::{BinOp, CompareOp};
use garter_syntax::ast::{self, CmpOp, Expr, ExprKind, Operator};

use super::{FunctionBody, Lowerer};
use crate::ir::{self, AttrCache, CmpKind, CompKind, DictItem, Elt, KwArg, Target, UnaryKind};

/// The runtime operator for an AST operator.
pub(crate) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp(op: CmpOp) -> CmpKind {
    match op {
        CmpOp::Eq => CmpKind::Rich(CompareOp::Eq),
        CmpOp::NotEq => CmpKind::Rich(CompareOp::Ne),
        CmpOp::Lt => CmpKind::Rich(CompareOp::Lt),
        CmpOp::LtE => CmpKind::Rich(CompareOp::Le),
        CmpOp::Gt => CmpKind::Rich(CompareOp::Gt),
        CmpOp::GtE => CmpKind::Rich(CompareOp::Ge),
        CmpOp::Is => CmpKind::Is,
        CmpOp::IsNot => CmpKind::IsNot,
        CmpOp::In => CmpKind::In,
        CmpOp::NotIn => CmpKind::NotIn,
    }
}

impl Lowerer<'_> {
    pub(crate) fn expr(&mut self, e: &Expr) -> ir::Expr {
        let kind = self.expr_kind(e);
        ir::Expr { kind, span: e.span }
    }

    fn boxed(&mut self, e: &Expr) -> Box<ir::Expr> {
        Box::new(self.expr(e))
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) -> Option<Box<ir::Expr>> {
        e.as_ref().map(|x| self.boxed(x))
    }

    pub(crate) fn elts(&mut self, elts: &[Expr]) -> Vec<Elt> {
        elts.iter()
            .map(|x| match &x.kind {
                ExprKind::Starred { value, .. } => Elt::Star(self.expr(value)),
                _ => Elt::One(self.expr(x)),
            })
            .collect()
    }

    pub(crate) fn kwargs(&mut self, keywords: &[ast::Keyword]) -> Vec<KwArg> {
        keywords
            .iter()
            .map(|k| match &k.arg {
                Some(name) => KwArg::Named(self.intern(name), self.expr(&k.value)),
                None => KwArg::Spread(self.expr(&k.value)),
            })
            .collect()
    }

    fn expr_kind(&mut self, e: &Expr) -> ir::ExprKind {
        use ir::ExprKind as K;
        match &e.kind {
            ExprKind::Constant { value, .. } => self.constant(value),
            ExprKind::Name { id, .. } => match self.name_ref(id) {
                ir::NameRef::Global => K::Global(self.ident(id), Default::default()),
                ir::NameRef::Name
                    if self.scope_kind() == crate::scope::ScopeKind::Module
                        && !self.names_in_namespace =>
                {
                    K::Global(self.ident(id), Default::default())
                }
                ir::NameRef::Local(i) => K::Local(i, self.ident(id)),
                r => K::Name(r, self.ident(id)),
            },
            ExprKind::BoolOp { op, values } => {
                let vs = values.iter().map(|v| self.expr(v)).collect();
                match op {
                    ast::BoolOp::And => K::And(vs),
                    ast::BoolOp::Or => K::Or(vs),
                }
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.boxed(value);
                K::NamedExpr(Box::new(self.walrus_target(target)), v)
            }
            ExprKind::BinOp { left, op, right } => {
                K::BinOp(binop(*op), self.boxed(left), self.boxed(right))
            }
            ExprKind::UnaryOp { op, operand } => {
                let k = match op {
                    ast::UnaryOp::Not => UnaryKind::Not,
                    ast::UnaryOp::USub => UnaryKind::Neg,
                    ast::UnaryOp::UAdd => UnaryKind::Pos,
                    ast::UnaryOp::Invert => UnaryKind::Invert,
                };
                K::Unary(k, self.boxed(operand))
            }
            ExprKind::Lambda { args, body } => {
                let Some(scope) = self.scopes.scope_of(e) else {
                    return K::Unsupported("lambda without a scope".into());
                };
                let defaults = args.defaults.iter().map(|d| self.expr(d)).collect();
                let kwdefaults = self.kwdefaults(args);
                let line = self.line_of(e.span);
                let code = self.function_code(
                    scope,
                    "<lambda>",
                    Some(args),
                    FunctionBody::Lambda(body),
                    line,
                );
                K::Function(Rc::new(ir::FunctionDef {
                    code,
                    defaults,
                    kwdefaults,
                    closure: self.closure_of(scope),
                    doc: None,
                    annotations: Vec::new(),
                }))
            }
            ExprKind::IfExp { test, body, orelse } => {
                K::IfExp(self.boxed(test), self.boxed(body), self.boxed(orelse))
            }
            ExprKind::Dict { keys, values } => K::Dict(
                keys.iter()
                    .zip(values)
                    .map(|(k, v)| match k {
                        Some(k) => DictItem::Pair(self.expr(k), self.expr(v)),
                        None => DictItem::Spread(self.expr(v)),
                    })
                    .collect(),
            ),
            ExprKind::Set { elts } => match self.constant_items(elts) {
                Some(items) if items.len() >= 3 => K::ConstSet(items),
                _ => K::Set(self.elts(elts)),
            },
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => self.comprehension(e, generators),
            ExprKind::Await { .. } => K::Unsupported("await expressions".into()),
            ExprKind::Yield { value } => K::Yield(self.opt(value)),
            ExprKind::YieldFrom { value } => K::YieldFrom(self.boxed(value)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => K::Compare(
                self.boxed(left),
                ops.iter()
                    .zip(comparators)
                    .map(|(o, c)| {
                        let right = match o {
                            CmpOp::In | CmpOp::NotIn => self.folded_set(c),
                            _ => None,
                        };
                        (cmp(*o), right.unwrap_or_else(|| self.expr(c)))
                    })
                    .collect(),
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let a = self.elts(args);
                let k = self.kwargs(keywords);
                if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                    return K::MethodCall {
                        obj: self.boxed(value),
                        name: self.ident(attr),
                        attr_span: func.span,
                        args: a,
                        kwargs: k,
                        cache: AttrCache::default(),
                    };
                }
                K::Call {
                    func: self.boxed(func),
                    args: a,
                    kwargs: k,
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => K::FormattedValue {
                value: self.boxed(value),
                conversion: *conversion,
                spec: self.opt(format_spec),
            },
            ExprKind::JoinedStr { values } => {
                K::JoinedStr(values.iter().map(|v| self.expr(v)).collect())
            }
            ExprKind::Attribute { value, attr, .. } => {
                K::Attr(self.boxed(value), self.ident(attr), AttrCache::default())
            }
            ExprKind::Subscript { value, slice, .. } => {
                K::Subscript(self.boxed(value), self.boxed(slice))
            }
            ExprKind::Starred { .. } => K::Unsupported("a starred expression here".into()),
            ExprKind::List { elts, .. } => K::List(self.elts(elts)),
            ExprKind::Tuple { elts, .. } => K::Tuple(self.elts(elts)),
            ExprKind::Slice { lower, upper, step } => {
                K::Slice(self.opt(lower), self.opt(upper), self.opt(step))
            }
        }
    }

    /// The values of a display whose items are all constants.
    fn constant_items(&self, elts: &[Expr]) -> Option<Vec<garter_runtime::Value>> {
        elts.iter().map(|e| self.fold_constant(e)).collect()
    }

    /// The value of an expression CPython's AST optimizer folds into a
    /// constant: literals, signs and `~` on numbers, arithmetic on small
    /// numbers, and tuples of constants.
    fn fold_constant(&self, e: &Expr) -> Option<garter_runtime::Value> {
        use garter_runtime::Value;
        let number = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
        match &e.kind {
            ExprKind::Constant { value, .. } => match self.constant(value) {
                ir::ExprKind::Const(v) => Some(v),
                _ => None,
            },
            ExprKind::UnaryOp { op, operand } => {
                let v = self.fold_constant(operand)?;
                if !number(&v) {
                    return None;
                }
                let d = match op {
                    ast::UnaryOp::USub => garter_runtime::dunder::Dunder::Neg,
                    ast::UnaryOp::UAdd => garter_runtime::dunder::Dunder::Pos,
                    ast::UnaryOp::Invert => garter_runtime::dunder::Dunder::Invert,
                    ast::UnaryOp::Not => return None,
                };
                self.vm.unary_op(&v, d).ok()
            }
            ExprKind::BinOp { left, op, right } => {
                let (a, b) = (self.fold_constant(left)?, self.fold_constant(right)?);
                if !number(&a) || !number(&b) {
                    return None;
                }
                let r = self.vm.binary_op(&a, &b, binop(*op)).ok()?;
                let small = match &r {
                    Value::Obj(o) => match &o.payload {
                        garter_runtime::object::Payload::Int(n) => n.bits() <= 128,
                        _ => false,
                    },
                    _ => true,
                };
                small.then_some(r)
            }
            ExprKind::Tuple { elts, .. } => {
                let items: Option<Vec<Value>> =
                    elts.iter().map(|x| self.fold_constant(x)).collect();
                Some(self.vm.new_tuple(items?))
            }
            _ => None,
        }
    }

    /// A set display of constants used with `in` or as a loop's
    /// iterable, folded into a frozenset constant as CPython folds it.
    pub(crate) fn folded_set(&mut self, e: &Expr) -> Option<ir::Expr> {
        let ExprKind::Set { elts } = &e.kind else {
            return None;
        };
        let items = self.constant_items(elts)?;
        let frozen = garter_runtime::types::set::folded_constant(self.vm, items).ok()?;
        Some(ir::Expr {
            kind: ir::ExprKind::Const(frozen),
            span: e.span,
        })
    }

    pub(crate) fn kwdefaults(
        &mut self,
        args: &ast::Arguments,
    ) -> Vec<(garter_runtime::Value, ir::Expr)> {
        args.kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (self.ident(&a.arg), self.expr(d))))
            .collect()
    }

    fn comprehension(&mut self, e: &Expr, generators: &[ast::Comprehension]) -> ir::ExprKind {
        let Some(scope) = self.scopes.scope_of(e) else {
            return ir::ExprKind::Unsupported("comprehension without a scope".into());
        };
        let (kind, name) = match &e.kind {
            ExprKind::ListComp { .. } => (CompKind::List, "<listcomp>"),
            ExprKind::SetComp { .. } => (CompKind::Set, "<setcomp>"),
            ExprKind::DictComp { .. } => (CompKind::Dict, "<dictcomp>"),
            _ => (CompKind::Generator, "<genexpr>"),
        };
        let Some(first) = generators.first() else {
            return ir::ExprKind::Unsupported("an empty comprehension".into());
        };
        let first_iter = self.boxed(&first.iter);
        let saved_scope = std::mem::replace(&mut self.scope, scope);
        let mut body = match &e.kind {
            ExprKind::ListComp { elt, .. }
            | ExprKind::SetComp { elt, .. }
            | ExprKind::GeneratorExp { elt, .. } => {
                let value = self.expr(elt);
                vec![ir::Stmt {
                    span: elt.span,
                    kind: ir::StmtKind::Expr(self.comp_emit(kind, value, None)),
                }]
            }
            ExprKind::DictComp { key, value, .. } => {
                let k = self.expr(key);
                let v = self.expr(value);
                vec![ir::Stmt {
                    span: key.span,
                    kind: ir::StmtKind::Expr(self.comp_emit(kind, k, Some(v))),
                }]
            }
            _ => Vec::new(),
        };
        for (i, g) in generators.iter().enumerate().rev() {
            for cond in g.ifs.iter().rev() {
                let test = self.expr(cond);
                body = vec![ir::Stmt {
                    span: cond.span,
                    kind: ir::StmtKind::If(test, body, Vec::new()),
                }];
            }
            let iter = if i == 0 {
                ir::Expr {
                    kind: ir::ExprKind::Name(ir::NameRef::Local(0), self.intern(".0")),
                    span: g.iter.span,
                }
            } else {
                self.expr(&g.iter)
            };
            let target = self.target(&g.target);
            body = vec![ir::Stmt {
                span: g.target.span,
                kind: ir::StmtKind::For(target, iter, body, Vec::new()),
            }];
        }
        self.scope = saved_scope;
        let line = self.line_of(e.span);
        let code = self.function_code(scope, name, None, FunctionBody::Lowered(body), line);
        ir::ExprKind::Comprehension(kind, code, first_iter, self.closure_of(scope))
    }

    /// The statement that adds one result inside a comprehension: a call
    /// of a hidden builtin through `Yield` for generators, or an append to
    /// the accumulator in local slot `.0`'s neighbour.
    fn comp_emit(&mut self, kind: CompKind, value: ir::Expr, extra: Option<ir::Expr>) -> ir::Expr {
        let span = value.span;
        let kind = match kind {
            CompKind::Generator => ir::ExprKind::Yield(Some(Box::new(value))),
            _ => ir::ExprKind::CompAppend(kind, Box::new(value), extra.map(Box::new)),
        };
        ir::Expr { kind, span }
    }

    /// A walrus target: a name in the enclosing non-comprehension scope.
    fn walrus_target(&mut self, t: &Expr) -> Target {
        self.target(t)
    }

    pub(crate) fn target(&mut self, t: &Expr) -> Target {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                Target::Name(self.name_ref(id), self.ident(id), Default::default())
            }
            ExprKind::Attribute { value, attr, .. } => {
                Target::Attr(self.expr(value), self.ident(attr), AttrCache::default())
            }
            ExprKind::Subscript { value, slice, .. } => {
                Target::Subscript(self.expr(value), self.expr(slice))
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|x| matches!(x.kind, ExprKind::Starred { .. }));
                let targets = elts
                    .iter()
                    .map(|x| match &x.kind {
                        ExprKind::Starred { value, .. } => self.target(value),
                        _ => self.target(x),
                    })
                    .collect();
                Target::Unpack(targets, star)
            }
            ExprKind::Starred { value, .. } => self.target(value),
            _ => Target::Attr(self.expr(t), self.intern("?"), AttrCache::default()),
        }
    }
}
