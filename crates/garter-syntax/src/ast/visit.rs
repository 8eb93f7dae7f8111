//! Enumerating the tree without recursion: [`Node`], a borrowed reference
//! to any node that can nest (statement, expression, pattern), and
//! [`Node::push_children`], which lists a node's direct sub-nodes in source
//! order. A pass over the tree keeps its own stack of nodes (or of tasks
//! holding nodes), so its depth costs heap, not Rust stack; see
//! [`walk_preorder`] for the plain case and [`Agenda`] for a pass that
//! interleaves its own tasks. [`NodeMut`] lists the same children mutably,
//! which lets a tree be taken apart node by node.
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

/// A mutable reference to a statement, expression or pattern, for taking
/// the tree apart (see [`NodeMut::push_children`]).
#[derive(Debug)]
pub enum NodeMut<'a> {
    Stmt(&'a mut Stmt),
    Expr(&'a mut Expr),
    Pattern(&'a mut Pattern),
}

impl<'a> NodeMut<'a> {
    /// Appends every direct sub-node of this node to `out`, in the order
    /// of [`Node::push_children`].
    pub fn push_children(self, out: &mut Vec<NodeMut<'a>>) {
        match self {
            NodeMut::Stmt(stmt) => push_stmt_children_mut(stmt, out),
            NodeMut::Expr(expr) => push_expr_children_mut(expr, out),
            NodeMut::Pattern(pattern) => push_pattern_children_mut(pattern, out),
        }
    }
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

/// The one listing of every node's direct children, in source order,
/// written once for shared references ([`Node`], to read the tree) and for
/// mutable ones ([`NodeMut`], to take it apart): `$node` names the
/// reference enum and `$m` is `mut` or nothing. Fields are reached through
/// match bindings, which are shared or mutable as the matched reference is,
/// and references to boxed nodes coerce to references to the nodes.
macro_rules! child_listing {
    ($node:ident, $stmt_children:ident, $expr_children:ident,
     $pattern_children:ident, $parameter_children:ident, $generator_children:ident
     $(, $m:tt)?) => {
        /// Defaults, then annotations (none in a lambda's parameter list).
        fn $parameter_children<'a>(args: &'a $($m)? Arguments, out: &mut Vec<$node<'a>>) {
            out.extend((&$($m)? args.defaults).into_iter().map($node::Expr));
            let kw_defaults = (&$($m)? args.kw_defaults).into_iter().flatten();
            out.extend(kw_defaults.map($node::Expr));
            let params = (&$($m)? args.posonlyargs)
                .into_iter()
                .chain(&$($m)? args.args)
                .chain(&$($m)? args.vararg)
                .chain(&$($m)? args.kwonlyargs)
                .chain(&$($m)? args.kwarg);
            for param in params {
                if let Some(annotation) = &$($m)? param.annotation {
                    out.push($node::Expr(annotation));
                }
            }
        }

        fn $generator_children<'a>(
            generators: &'a $($m)? [Comprehension],
            out: &mut Vec<$node<'a>>,
        ) {
            for generator in generators {
                out.push($node::Expr(&$($m)? generator.target));
                out.push($node::Expr(&$($m)? generator.iter));
                out.extend((&$($m)? generator.ifs).into_iter().map($node::Expr));
            }
        }

        fn $stmt_children<'a>(stmt: &'a $($m)? Stmt, out: &mut Vec<$node<'a>>) {
            match &$($m)? stmt.kind {
                StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
                    out.extend((&$($m)? def.decorator_list).into_iter().map($node::Expr));
                    $parameter_children(&$($m)? def.args, out);
                    out.extend((&$($m)? def.returns).into_iter().map($node::Expr));
                    out.extend((&$($m)? def.body).into_iter().map($node::Stmt));
                }
                StmtKind::ClassDef(class) => {
                    out.extend((&$($m)? class.decorator_list).into_iter().map($node::Expr));
                    out.extend((&$($m)? class.bases).into_iter().map($node::Expr));
                    for keyword in &$($m)? class.keywords {
                        out.push($node::Expr(&$($m)? keyword.value));
                    }
                    out.extend((&$($m)? class.body).into_iter().map($node::Stmt));
                }
                StmtKind::Return { value } => {
                    if let Some(value) = value {
                        out.push($node::Expr(value));
                    }
                }
                StmtKind::Delete { targets } => out.extend(targets.into_iter().map($node::Expr)),
                StmtKind::Assign { targets, value } => {
                    out.extend(targets.into_iter().map($node::Expr));
                    out.push($node::Expr(value));
                }
                StmtKind::AugAssign { target, value, .. } => {
                    out.push($node::Expr(target));
                    out.push($node::Expr(value));
                }
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    ..
                } => {
                    out.push($node::Expr(target));
                    out.push($node::Expr(annotation));
                    if let Some(value) = value {
                        out.push($node::Expr(value));
                    }
                }
                StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
                    out.push($node::Expr(&$($m)? for_.target));
                    out.push($node::Expr(&$($m)? for_.iter));
                    out.extend((&$($m)? for_.body).into_iter().map($node::Stmt));
                    out.extend((&$($m)? for_.orelse).into_iter().map($node::Stmt));
                }
                StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                    out.push($node::Expr(test));
                    out.extend(body.into_iter().map($node::Stmt));
                    out.extend(orelse.into_iter().map($node::Stmt));
                }
                StmtKind::With(with) | StmtKind::AsyncWith(with) => {
                    for item in &$($m)? with.items {
                        out.push($node::Expr(&$($m)? item.context_expr));
                        out.extend((&$($m)? item.optional_vars).into_iter().map($node::Expr));
                    }
                    out.extend((&$($m)? with.body).into_iter().map($node::Stmt));
                }
                StmtKind::Match { subject, cases } => {
                    out.push($node::Expr(subject));
                    for case in cases {
                        out.push($node::Pattern(&$($m)? case.pattern));
                        out.extend((&$($m)? case.guard).into_iter().map($node::Expr));
                        out.extend((&$($m)? case.body).into_iter().map($node::Stmt));
                    }
                }
                StmtKind::Raise { exc, cause } => {
                    for part in [exc, cause].into_iter().flatten() {
                        out.push($node::Expr(part));
                    }
                }
                StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
                    out.extend((&$($m)? try_.body).into_iter().map($node::Stmt));
                    for handler in &$($m)? try_.handlers {
                        out.extend((&$($m)? handler.type_).into_iter().map($node::Expr));
                        out.extend((&$($m)? handler.body).into_iter().map($node::Stmt));
                    }
                    out.extend((&$($m)? try_.orelse).into_iter().map($node::Stmt));
                    out.extend((&$($m)? try_.finalbody).into_iter().map($node::Stmt));
                }
                StmtKind::Assert { test, msg } => {
                    out.push($node::Expr(test));
                    if let Some(msg) = msg {
                        out.push($node::Expr(msg));
                    }
                }
                StmtKind::Expr { value } => out.push($node::Expr(value)),
                StmtKind::Import { .. }
                | StmtKind::ImportFrom { .. }
                | StmtKind::Global { .. }
                | StmtKind::Nonlocal { .. }
                | StmtKind::Pass
                | StmtKind::Break
                | StmtKind::Continue => {}
            }
        }

        fn $expr_children<'a>(expr: &'a $($m)? Expr, out: &mut Vec<$node<'a>>) {
            match &$($m)? expr.kind {
                ExprKind::BoolOp { values, .. } | ExprKind::JoinedStr { values } => {
                    out.extend(values.into_iter().map($node::Expr))
                }
                ExprKind::NamedExpr { target: first, value: second }
                | ExprKind::BinOp { left: first, right: second, .. }
                | ExprKind::Subscript { value: first, slice: second, .. } => {
                    out.push($node::Expr(first));
                    out.push($node::Expr(second));
                }
                ExprKind::UnaryOp { operand: value, .. }
                | ExprKind::Await { value }
                | ExprKind::YieldFrom { value }
                | ExprKind::Attribute { value, .. }
                | ExprKind::Starred { value, .. } => out.push($node::Expr(value)),
                ExprKind::Lambda { args, body } => {
                    $parameter_children(args, out);
                    out.push($node::Expr(body));
                }
                ExprKind::IfExp { test, body, orelse } => {
                    out.push($node::Expr(test));
                    out.push($node::Expr(body));
                    out.push($node::Expr(orelse));
                }
                ExprKind::Dict { keys, values } => {
                    for (key, value) in keys.into_iter().zip(values) {
                        out.extend(key.into_iter().map($node::Expr));
                        out.push($node::Expr(value));
                    }
                }
                ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                    out.extend(elts.into_iter().map($node::Expr))
                }
                ExprKind::ListComp { elt, generators }
                | ExprKind::SetComp { elt, generators }
                | ExprKind::GeneratorExp { elt, generators } => {
                    out.push($node::Expr(elt));
                    $generator_children(generators, out);
                }
                ExprKind::DictComp { key, value, generators } => {
                    out.push($node::Expr(key));
                    out.push($node::Expr(value));
                    $generator_children(generators, out);
                }
                ExprKind::Yield { value } => {
                    if let Some(value) = value {
                        out.push($node::Expr(value));
                    }
                }
                ExprKind::Compare { left, comparators, .. } => {
                    out.push($node::Expr(left));
                    out.extend(comparators.into_iter().map($node::Expr));
                }
                ExprKind::Call { func, args, keywords } => {
                    out.push($node::Expr(func));
                    out.extend(args.into_iter().map($node::Expr));
                    for keyword in keywords {
                        out.push($node::Expr(&$($m)? keyword.value));
                    }
                }
                ExprKind::FormattedValue { value, format_spec, .. } => {
                    out.push($node::Expr(value));
                    if let Some(format_spec) = format_spec {
                        out.push($node::Expr(format_spec));
                    }
                }
                ExprKind::Slice { lower, upper, step } => {
                    for part in [lower, upper, step].into_iter().flatten() {
                        out.push($node::Expr(part));
                    }
                }
                ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
            }
        }

        fn $pattern_children<'a>(pattern: &'a $($m)? Pattern, out: &mut Vec<$node<'a>>) {
            match &$($m)? pattern.kind {
                PatternKind::MatchValue { value } => out.push($node::Expr(value)),
                PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
                PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                    out.extend(patterns.into_iter().map($node::Pattern))
                }
                PatternKind::MatchMapping { keys, patterns, .. } => {
                    out.extend(keys.into_iter().map($node::Expr));
                    out.extend(patterns.into_iter().map($node::Pattern));
                }
                PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                    out.push($node::Expr(cls));
                    out.extend(patterns.into_iter().map($node::Pattern));
                    out.extend(kwd_patterns.into_iter().map($node::Pattern));
                }
                PatternKind::MatchAs { pattern, .. } => {
                    if let Some(pattern) = pattern {
                        out.push($node::Pattern(pattern));
                    }
                }
            }
        }
    };
}

child_listing!(
    Node,
    push_stmt_children,
    push_expr_children,
    push_pattern_children,
    push_parameter_children,
    push_generator_children
);
child_listing!(
    NodeMut,
    push_stmt_children_mut,
    push_expr_children_mut,
    push_pattern_children_mut,
    push_parameter_children_mut,
    push_generator_children_mut,
    mut
);

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
