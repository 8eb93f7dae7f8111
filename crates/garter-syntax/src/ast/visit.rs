//! Enumerating the tree without recursion: [`Node`], a borrowed reference
//! to any node that can nest (statement, expression, pattern), and
//! [`Node::push_children`], which lists a node's direct sub-nodes in source
//! order. A pass over the tree keeps its own stack of nodes (or of tasks
//! holding nodes), so its depth costs heap, not Rust stack; see
//! [`walk_preorder`] for the plain case.
//!
//! A pass that needs CPython's evaluation order rather than source order
//! for some nodes (a `def`'s defaults before its body, a comprehension's
//! first iterable outside its scope) handles those nodes itself, using the
//! pieces here ([`Arguments::params`], [`Arguments::default_values`],
//! [`Expr::comprehension_parts`]), and leaves the rest to `push_children`.

use super::{Arg, Arguments, Comprehension, Expr, ExprKind, Pattern, PatternKind, Stmt, StmtKind};

/// A statement, expression or pattern of the tree.
#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
}

impl<'a> Node<'a> {
    /// Appends every direct sub-node of this node to `out`, in source
    /// order. Helper nodes without a kind of their own (parameters,
    /// keywords, comprehension clauses, `with` items, handlers, cases) are
    /// looked through: their expressions, patterns and statements are
    /// listed in their place.
    pub fn push_children(self, out: &mut Vec<Node<'a>>) {
        match self {
            Node::Stmt(stmt) => push_stmt_children(stmt, out),
            Node::Expr(expr) => push_expr_children(expr, out),
            Node::Pattern(pattern) => push_pattern_children(pattern, out),
        }
    }
}

/// Every node of `body` with its depth (a statement of `body` at 1), in
/// pre-order, without recursion.
pub fn walk_preorder(body: &[Stmt]) -> impl Iterator<Item = (Node<'_>, usize)> {
    let mut stack: Vec<(Node<'_>, usize)> = body.iter().rev().map(|s| (Node::Stmt(s), 1)).collect();
    let mut children = Vec::new();
    std::iter::from_fn(move || {
        let (node, depth) = stack.pop()?;
        node.push_children(&mut children);
        stack.extend(children.drain(..).rev().map(|child| (child, depth + 1)));
        Some((node, depth))
    })
}

/// The pending work of an iterative pass over the tree: a stack of tasks
/// where the tasks scheduled together run next, in the order given. A pass
/// schedules a node's children (or its own tasks around them) rather than
/// recursing into them.
#[derive(Debug)]
pub struct Agenda<T> {
    tasks: Vec<T>,
}

impl<T> Agenda<T> {
    /// An agenda holding `tasks`, to run in that order.
    pub fn new<I>(tasks: I) -> Agenda<T>
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: DoubleEndedIterator,
    {
        Agenda {
            tasks: tasks.into_iter().rev().collect(),
        }
    }

    /// Queues `tasks` to run next, in the given order.
    pub fn schedule<I>(&mut self, tasks: I)
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: DoubleEndedIterator,
    {
        self.tasks.extend(tasks.into_iter().rev());
    }

    /// Queues a task for each direct child of `node`, made by `task`, to
    /// run next in source order.
    pub fn schedule_children<'a>(&mut self, node: Node<'a>, task: impl Fn(Node<'a>) -> T) {
        let mut children = Vec::new();
        node.push_children(&mut children);
        self.tasks.extend(children.into_iter().rev().map(task));
    }

    /// The task to run now, if any is left.
    pub fn next_task(&mut self) -> Option<T> {
        self.tasks.pop()
    }
}

impl Arguments {
    /// Every parameter, in CPython's order for annotations: positional-only,
    /// positional, `*args`, keyword-only, `**kwargs`.
    pub fn params(&self) -> impl Iterator<Item = &Arg> {
        self.posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg)
    }

    /// The default values, evaluated where the function is defined:
    /// positional defaults, then keyword-only ones.
    pub fn default_values(&self) -> impl Iterator<Item = &Expr> {
        self.defaults
            .iter()
            .chain(self.kw_defaults.iter().flatten())
    }
}

/// The parts of a comprehension or generator expression.
#[derive(Debug, Clone, Copy)]
pub struct ComprehensionParts<'a> {
    /// The element, or a dict comprehension's key.
    pub elt: &'a Expr,
    /// A dict comprehension's value.
    pub value: Option<&'a Expr>,
    /// The `for` clauses, never empty in a parsed tree.
    pub generators: &'a [Comprehension],
}

impl Expr {
    /// The parts of this expression if it is a `ListComp`, `SetComp`,
    /// `DictComp` or `GeneratorExp`.
    pub fn comprehension_parts(&self) -> Option<ComprehensionParts<'_>> {
        let (elt, value, generators) = match &self.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => (elt, None, generators),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (key, Some(&**value), generators),
            _ => return None,
        };
        Some(ComprehensionParts {
            elt,
            value,
            generators,
        })
    }
}

/// Appends the expressions of a parameter list: defaults, then
/// annotations (none in a lambda's).
fn push_parameter_exprs<'a>(args: &'a Arguments, out: &mut Vec<Node<'a>>) {
    out.extend(args.default_values().map(Node::Expr));
    out.extend(
        args.params()
            .filter_map(|p| p.annotation.as_deref())
            .map(Node::Expr),
    );
}

fn push_comprehensions<'a>(generators: &'a [Comprehension], out: &mut Vec<Node<'a>>) {
    for generator in generators {
        out.push(Node::Expr(&generator.target));
        out.push(Node::Expr(&generator.iter));
        out.extend(generator.ifs.iter().map(Node::Expr));
    }
}

fn push_stmts<'a>(body: &'a [Stmt], out: &mut Vec<Node<'a>>) {
    out.extend(body.iter().map(Node::Stmt));
}

fn push_stmt_children<'a>(stmt: &'a Stmt, out: &mut Vec<Node<'a>>) {
    match &stmt.kind {
        StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
            out.extend(def.decorator_list.iter().map(Node::Expr));
            push_parameter_exprs(&def.args, out);
            out.extend(def.returns.iter().map(Node::Expr));
            push_stmts(&def.body, out);
        }
        StmtKind::ClassDef(class) => {
            out.extend(class.decorator_list.iter().map(Node::Expr));
            out.extend(class.bases.iter().map(Node::Expr));
            out.extend(class.keywords.iter().map(|k| Node::Expr(&k.value)));
            push_stmts(&class.body, out);
        }
        StmtKind::Return { value } => out.extend(value.iter().map(|v| Node::Expr(v))),
        StmtKind::Delete { targets } => out.extend(targets.iter().map(Node::Expr)),
        StmtKind::Assign { targets, value } => {
            out.extend(targets.iter().map(Node::Expr));
            out.push(Node::Expr(value));
        }
        StmtKind::AugAssign { target, value, .. } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(value));
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(annotation));
            out.extend(value.iter().map(|v| Node::Expr(v)));
        }
        StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
            out.push(Node::Expr(&for_.target));
            out.push(Node::Expr(&for_.iter));
            push_stmts(&for_.body, out);
            push_stmts(&for_.orelse, out);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            out.push(Node::Expr(test));
            push_stmts(body, out);
            push_stmts(orelse, out);
        }
        StmtKind::With(with) | StmtKind::AsyncWith(with) => {
            for item in &with.items {
                out.push(Node::Expr(&item.context_expr));
                out.extend(item.optional_vars.iter().map(Node::Expr));
            }
            push_stmts(&with.body, out);
        }
        StmtKind::Match { subject, cases } => {
            out.push(Node::Expr(subject));
            for case in cases {
                out.push(Node::Pattern(&case.pattern));
                out.extend(case.guard.iter().map(Node::Expr));
                push_stmts(&case.body, out);
            }
        }
        StmtKind::Raise { exc, cause } => {
            out.extend(exc.iter().map(|e| Node::Expr(e)));
            out.extend(cause.iter().map(|e| Node::Expr(e)));
        }
        StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
            push_stmts(&try_.body, out);
            for handler in &try_.handlers {
                out.extend(handler.type_.iter().map(Node::Expr));
                push_stmts(&handler.body, out);
            }
            push_stmts(&try_.orelse, out);
            push_stmts(&try_.finalbody, out);
        }
        StmtKind::Assert { test, msg } => {
            out.push(Node::Expr(test));
            out.extend(msg.iter().map(|m| Node::Expr(m)));
        }
        StmtKind::Expr { value } => out.push(Node::Expr(value)),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn push_expr_children<'a>(expr: &'a Expr, out: &mut Vec<Node<'a>>) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values.iter().map(Node::Expr)),
        ExprKind::NamedExpr { target, value } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(value));
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push(Node::Expr(left));
            out.push(Node::Expr(right));
        }
        ExprKind::UnaryOp { operand, .. } => out.push(Node::Expr(operand)),
        ExprKind::Lambda { args, body } => {
            push_parameter_exprs(args, out);
            out.push(Node::Expr(body));
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(Node::Expr(test));
            out.push(Node::Expr(body));
            out.push(Node::Expr(orelse));
        }
        ExprKind::Dict { keys, values } => {
            for (key, value) in keys.iter().zip(values) {
                out.extend(key.iter().map(Node::Expr));
                out.push(Node::Expr(value));
            }
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            out.extend(elts.iter().map(Node::Expr))
        }
        ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::DictComp { .. } => {
            if let Some(parts) = expr.comprehension_parts() {
                out.push(Node::Expr(parts.elt));
                out.extend(parts.value.map(Node::Expr));
                push_comprehensions(parts.generators, out);
            }
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => out.push(Node::Expr(value)),
        ExprKind::Yield { value } => out.extend(value.iter().map(|v| Node::Expr(v))),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(Node::Expr(left));
            out.extend(comparators.iter().map(Node::Expr));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(Node::Expr(func));
            out.extend(args.iter().map(Node::Expr));
            out.extend(keywords.iter().map(|k| Node::Expr(&k.value)));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(Node::Expr(value));
            out.extend(format_spec.iter().map(|f| Node::Expr(f)));
        }
        ExprKind::JoinedStr { values } => out.extend(values.iter().map(Node::Expr)),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
            out.push(Node::Expr(value))
        }
        ExprKind::Subscript { value, slice, .. } => {
            out.push(Node::Expr(value));
            out.push(Node::Expr(slice));
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                out.push(Node::Expr(part));
            }
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

fn push_pattern_children<'a>(pattern: &'a Pattern, out: &mut Vec<Node<'a>>) {
    match &pattern.kind {
        PatternKind::MatchValue { value } => out.push(Node::Expr(value)),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            out.extend(patterns.iter().map(Node::Pattern))
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            out.extend(keys.iter().map(Node::Expr));
            out.extend(patterns.iter().map(Node::Pattern));
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            out.push(Node::Expr(cls));
            out.extend(patterns.iter().map(Node::Pattern));
            out.extend(kwd_patterns.iter().map(Node::Pattern));
        }
        PatternKind::MatchAs { pattern, .. } => {
            out.extend(pattern.iter().map(|p| Node::Pattern(p)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A short name for each node `walk_preorder` yields, with its depth.
    fn outline(source: &str) -> Vec<String> {
        let module = crate::parse_module(source).expect("parses");
        walk_preorder(&module.body)
            .map(|(node, depth)| {
                let name = match node {
                    Node::Stmt(stmt) => format!("{:?}", stmt.kind),
                    Node::Expr(expr) => format!("{:?}", expr.kind),
                    Node::Pattern(pattern) => format!("{:?}", pattern.kind),
                };
                let kind: String = name.chars().take_while(|c| c.is_alphanumeric()).collect();
                format!("{depth}:{kind}")
            })
            .collect()
    }

    #[test]
    fn preorder_lists_children_in_source_order() {
        assert_eq!(
            outline("@d\ndef f(a=1, *, b: t = 2) -> r:\n    return [x for x in y if x]\n"),
            [
                "1:FunctionDef",
                "2:Name", // the decorator
                "2:Constant",
                "2:Constant",
                "2:Name", // b's annotation
                "2:Name", // the return annotation
                "2:Return",
                "3:ListComp",
                "4:Name",
                "4:Name",
                "4:Name",
                "4:Name",
            ]
        );
        assert_eq!(
            outline("match p:\n    case [1, *_] if g: pass\n"),
            [
                "1:Match",
                "2:Name",
                "2:MatchSequence",
                "3:MatchValue",
                "4:Constant",
                "3:MatchStar",
                "2:Name",
                "2:Pass",
            ]
        );
    }

    #[test]
    fn parameters_and_comprehension_parts() {
        let module = crate::parse_module("lambda a, /, b=1, *c, d=2, **e: {k: v for k in s}\n")
            .expect("parses");
        let Some(Stmt {
            kind: StmtKind::Expr { value },
            ..
        }) = module.body.first()
        else {
            panic!("an expression statement");
        };
        let ExprKind::Lambda { args, body } = &value.kind else {
            panic!("a lambda");
        };
        let names: Vec<&str> = args.params().map(|p| &*p.arg).collect();
        assert_eq!(names, ["a", "b", "c", "d", "e"]);
        assert_eq!(args.default_values().count(), 2);
        let parts = body.comprehension_parts().expect("a dict comprehension");
        assert!(matches!(&parts.elt.kind, ExprKind::Name { id, .. } if &**id == "k"));
        assert!(parts.value.is_some());
        assert_eq!(parts.generators.len(), 1);
        assert!(value.comprehension_parts().is_none());
    }

    #[test]
    fn agenda_runs_each_group_in_order_before_older_tasks() {
        let mut agenda = Agenda::new([1, 2]);
        let first = agenda.next_task();
        agenda.schedule([10, 11]);
        let rest: Vec<i32> = std::iter::from_fn(|| agenda.next_task()).collect();
        assert_eq!(first, Some(1));
        assert_eq!(rest, [10, 11, 2]);
    }
}
