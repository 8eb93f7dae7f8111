//! `dump_module` and `dump_expr`: the AST as CPython 3.11's `ast.dump`
//! prints it with default arguments (field names shown, no positions, one
//! line).
//!
//! The rules `ast.dump` follows, restated for this tree:
//! - a node prints as `Class(field=value, ...)` in the ASDL field order;
//! - an optional field (`?` in the ASDL) that is `None` is left out, while
//!   a `None` inside a list (a `Dict` key, a `kw_defaults` entry) and a
//!   required field holding `None` (`Constant(value=None)`) print `None`;
//! - lists print as `[a, b]`, empty ones as `[]`;
//! - context, operator and comparison nodes print as `Load()`, `Add()`;
//! - `type_comment` is always `None` in Garter, so it never prints;
//! - identifiers and strings print as Python's `repr`, ints in decimal,
//!   `is_async`, `simple` as `0`/`1`.
//!
//! The input controls how deep the tree is, so the walk keeps its own stack
//! of [`Piece`]s to print instead of recursing on the Rust stack.

use crate::ast::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprContext, ExprKind, Keyword, MatchCase, Module, Operator, Pattern, PatternKind, PyStr, Stmt,
    StmtKind, TypeIgnore, UnaryOp, WithItem,
};
use crate::literal::repr::{bytes_repr, complex_repr, float_repr, str_repr};

#[cfg(test)]
mod tests;

/// The text `ast.dump(ast.parse(source))` prints for this module.
pub fn dump_module(module: &Module) -> String {
    dump_from(Node::Module(module))
}

/// The text `ast.dump(node)` prints for this expression node (for a
/// `mode='eval'` parse, what `ast.dump(tree.body)` prints).
pub fn dump_expr(expr: &Expr) -> String {
    dump_from(Node::Expr(expr))
}

/// One thing left to print: fixed text, or a node still to be expanded.
enum Piece<'a> {
    Text(&'static str),
    Owned(String),
    /// An identifier or other plain string, printed as its `repr`.
    Name(&'a str),
    Node(Node<'a>),
}

/// A node not yet printed; expanding it yields its class name, fields and
/// children as further pieces.
enum Node<'a> {
    Module(&'a Module),
    TypeIgnore(&'a TypeIgnore),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    /// A list element that may be missing: a `Dict` key or `kw_defaults`.
    MaybeExpr(Option<&'a Expr>),
    Pattern(&'a Pattern),
    Arguments(&'a Arguments),
    Arg(&'a Arg),
    Keyword(&'a Keyword),
    Alias(&'a Alias),
    WithItem(&'a WithItem),
    MatchCase(&'a MatchCase),
    Comprehension(&'a Comprehension),
    ExceptHandler(&'a ExceptHandler),
}

impl<'a> From<Node<'a>> for Piece<'a> {
    fn from(node: Node<'a>) -> Self {
        Piece::Node(node)
    }
}

/// Prints `root` by repeatedly taking the next piece: text goes to the
/// output, a node is replaced by the pieces it prints as.
fn dump_from(root: Node<'_>) -> String {
    let mut out = String::new();
    let mut stack = vec![Piece::Node(root)];
    let mut expansion = Vec::new();
    while let Some(piece) = stack.pop() {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Owned(text) => out.push_str(&text),
            Piece::Name(name) => push_name_repr(&mut out, name),
            Piece::Node(node) => {
                expand(node, &mut expansion);
                stack.extend(expansion.drain(..).rev());
            }
        }
    }
    out
}

/// Appends `repr(name)`; plain printable ASCII without quotes or
/// backslashes (every ASCII identifier) is quoted directly.
fn push_name_repr(out: &mut String, name: &str) {
    let plain = name
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'\'' && b != b'\\');
    if plain {
        out.push('\'');
        out.push_str(name);
        out.push('\'');
    } else {
        out.push_str(&str_repr(&PyStr::Utf8(name.to_owned())));
    }
}

/// Writes the pieces of one node, `Class(field=value, ...)`, in order.
struct NodeWriter<'a, 'p> {
    pieces: &'p mut Vec<Piece<'a>>,
    has_fields: bool,
}

impl<'a, 'p> NodeWriter<'a, 'p> {
    fn open(pieces: &'p mut Vec<Piece<'a>>, class: &'static str) -> Self {
        pieces.push(Piece::Text(class));
        pieces.push(Piece::Text("("));
        NodeWriter {
            pieces,
            has_fields: false,
        }
    }

    fn label(&mut self, field: &'static str) {
        if self.has_fields {
            self.pieces.push(Piece::Text(", "));
        }
        self.has_fields = true;
        self.pieces.push(Piece::Text(field));
        self.pieces.push(Piece::Text("="));
    }

    /// A field that is always printed.
    fn field(mut self, field: &'static str, value: impl Into<Piece<'a>>) -> Self {
        self.label(field);
        self.pieces.push(value.into());
        self
    }

    /// An optional field: left out when absent.
    fn optional(self, field: &'static str, value: Option<impl Into<Piece<'a>>>) -> Self {
        match value {
            Some(value) => self.field(field, value),
            None => self,
        }
    }

    fn list<I>(mut self, field: &'static str, items: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<Piece<'a>>,
    {
        self.label(field);
        self.pieces.push(Piece::Text("["));
        for (position, item) in items.into_iter().enumerate() {
            if position > 0 {
                self.pieces.push(Piece::Text(", "));
            }
            self.pieces.push(item.into());
        }
        self.pieces.push(Piece::Text("]"));
        self
    }

    fn close(self) {
        self.pieces.push(Piece::Text(")"));
    }
}

/// Writes the pieces `node` prints as into `out`.
fn expand<'a>(node: Node<'a>, out: &mut Vec<Piece<'a>>) {
    match node {
        Node::Module(module) => NodeWriter::open(out, "Module")
            .list("body", module.body.iter().map(Node::Stmt))
            .list(
                "type_ignores",
                module.type_ignores.iter().map(Node::TypeIgnore),
            )
            .close(),
        Node::TypeIgnore(ignore) => NodeWriter::open(out, "TypeIgnore")
            .field("lineno", Piece::Owned(ignore.lineno.to_string()))
            .field("tag", Piece::Name(&ignore.tag))
            .close(),
        Node::Stmt(stmt) => expand_stmt(stmt, out),
        Node::Expr(expr) => expand_expr(expr, out),
        Node::MaybeExpr(Some(expr)) => expand_expr(expr, out),
        Node::MaybeExpr(None) => out.push(Piece::Text("None")),
        Node::Pattern(pattern) => expand_pattern(pattern, out),
        Node::Arguments(arguments) => NodeWriter::open(out, "arguments")
            .list("posonlyargs", arguments.posonlyargs.iter().map(Node::Arg))
            .list("args", arguments.args.iter().map(Node::Arg))
            .optional("vararg", arguments.vararg.as_ref().map(Node::Arg))
            .list("kwonlyargs", arguments.kwonlyargs.iter().map(Node::Arg))
            .list(
                "kw_defaults",
                arguments
                    .kw_defaults
                    .iter()
                    .map(|default| Node::MaybeExpr(default.as_ref())),
            )
            .optional("kwarg", arguments.kwarg.as_ref().map(Node::Arg))
            .list("defaults", arguments.defaults.iter().map(Node::Expr))
            .close(),
        Node::Arg(arg) => NodeWriter::open(out, "arg")
            .field("arg", Piece::Name(&arg.arg))
            .optional("annotation", boxed_expr(&arg.annotation))
            .close(),
        Node::Keyword(keyword) => NodeWriter::open(out, "keyword")
            .optional("arg", keyword.arg.as_deref().map(Piece::Name))
            .field("value", Node::Expr(&keyword.value))
            .close(),
        Node::Alias(alias) => NodeWriter::open(out, "alias")
            .field("name", Piece::Name(&alias.name))
            .optional("asname", alias.asname.as_deref().map(Piece::Name))
            .close(),
        Node::WithItem(item) => NodeWriter::open(out, "withitem")
            .field("context_expr", Node::Expr(&item.context_expr))
            .optional("optional_vars", item.optional_vars.as_ref().map(Node::Expr))
            .close(),
        Node::MatchCase(case) => NodeWriter::open(out, "match_case")
            .field("pattern", Node::Pattern(&case.pattern))
            .optional("guard", case.guard.as_ref().map(Node::Expr))
            .list("body", case.body.iter().map(Node::Stmt))
            .close(),
        Node::Comprehension(generator) => NodeWriter::open(out, "comprehension")
            .field("target", Node::Expr(&generator.target))
            .field("iter", Node::Expr(&generator.iter))
            .list("ifs", generator.ifs.iter().map(Node::Expr))
            .field("is_async", flag(generator.is_async))
            .close(),
        Node::ExceptHandler(handler) => NodeWriter::open(out, "ExceptHandler")
            .optional("type", handler.type_.as_ref().map(Node::Expr))
            .optional("name", handler.name.as_deref().map(Piece::Name))
            .list("body", handler.body.iter().map(Node::Stmt))
            .close(),
    }
}

fn flag(value: bool) -> Piece<'static> {
    Piece::Text(if value { "1" } else { "0" })
}

fn boxed_expr(expr: &Option<Box<Expr>>) -> Option<Node<'_>> {
    expr.as_deref().map(Node::Expr)
}

fn stmts(body: &[Stmt]) -> impl Iterator<Item = Node<'_>> {
    body.iter().map(Node::Stmt)
}

fn exprs(items: &[Expr]) -> impl Iterator<Item = Node<'_>> {
    items.iter().map(Node::Expr)
}

fn names(items: &[Box<str>]) -> impl Iterator<Item = Piece<'_>> {
    items.iter().map(|name| Piece::Name(name))
}

fn expand_stmt<'a>(stmt: &'a Stmt, out: &mut Vec<Piece<'a>>) {
    match &stmt.kind {
        StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
            let class = if matches!(stmt.kind, StmtKind::FunctionDef(_)) {
                "FunctionDef"
            } else {
                "AsyncFunctionDef"
            };
            NodeWriter::open(out, class)
                .field("name", Piece::Name(&def.name))
                .field("args", Node::Arguments(&def.args))
                .list("body", stmts(&def.body))
                .list("decorator_list", exprs(&def.decorator_list))
                .optional("returns", def.returns.as_ref().map(Node::Expr))
                .close()
        }
        StmtKind::ClassDef(def) => NodeWriter::open(out, "ClassDef")
            .field("name", Piece::Name(&def.name))
            .list("bases", exprs(&def.bases))
            .list("keywords", def.keywords.iter().map(Node::Keyword))
            .list("body", stmts(&def.body))
            .list("decorator_list", exprs(&def.decorator_list))
            .close(),
        StmtKind::Return { value } => NodeWriter::open(out, "Return")
            .optional("value", boxed_expr(value))
            .close(),
        StmtKind::Delete { targets } => NodeWriter::open(out, "Delete")
            .list("targets", exprs(targets))
            .close(),
        StmtKind::Assign { targets, value } => NodeWriter::open(out, "Assign")
            .list("targets", exprs(targets))
            .field("value", Node::Expr(value))
            .close(),
        StmtKind::AugAssign { target, op, value } => NodeWriter::open(out, "AugAssign")
            .field("target", Node::Expr(target))
            .field("op", Piece::Text(operator_node(*op)))
            .field("value", Node::Expr(value))
            .close(),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => NodeWriter::open(out, "AnnAssign")
            .field("target", Node::Expr(target))
            .field("annotation", Node::Expr(annotation))
            .optional("value", boxed_expr(value))
            .field("simple", flag(*simple))
            .close(),
        StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
            let class = if matches!(stmt.kind, StmtKind::For(_)) {
                "For"
            } else {
                "AsyncFor"
            };
            NodeWriter::open(out, class)
                .field("target", Node::Expr(&for_.target))
                .field("iter", Node::Expr(&for_.iter))
                .list("body", stmts(&for_.body))
                .list("orelse", stmts(&for_.orelse))
                .close()
        }
        StmtKind::While { test, body, orelse } => NodeWriter::open(out, "While")
            .field("test", Node::Expr(test))
            .list("body", stmts(body))
            .list("orelse", stmts(orelse))
            .close(),
        StmtKind::If { test, body, orelse } => NodeWriter::open(out, "If")
            .field("test", Node::Expr(test))
            .list("body", stmts(body))
            .list("orelse", stmts(orelse))
            .close(),
        StmtKind::With(with) | StmtKind::AsyncWith(with) => {
            let class = if matches!(stmt.kind, StmtKind::With(_)) {
                "With"
            } else {
                "AsyncWith"
            };
            NodeWriter::open(out, class)
                .list("items", with.items.iter().map(Node::WithItem))
                .list("body", stmts(&with.body))
                .close()
        }
        StmtKind::Match { subject, cases } => NodeWriter::open(out, "Match")
            .field("subject", Node::Expr(subject))
            .list("cases", cases.iter().map(Node::MatchCase))
            .close(),
        StmtKind::Raise { exc, cause } => NodeWriter::open(out, "Raise")
            .optional("exc", boxed_expr(exc))
            .optional("cause", boxed_expr(cause))
            .close(),
        StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
            let class = if matches!(stmt.kind, StmtKind::Try(_)) {
                "Try"
            } else {
                "TryStar"
            };
            NodeWriter::open(out, class)
                .list("body", stmts(&try_.body))
                .list("handlers", try_.handlers.iter().map(Node::ExceptHandler))
                .list("orelse", stmts(&try_.orelse))
                .list("finalbody", stmts(&try_.finalbody))
                .close()
        }
        StmtKind::Assert { test, msg } => NodeWriter::open(out, "Assert")
            .field("test", Node::Expr(test))
            .optional("msg", boxed_expr(msg))
            .close(),
        StmtKind::Import { names } => NodeWriter::open(out, "Import")
            .list("names", names.iter().map(Node::Alias))
            .close(),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => NodeWriter::open(out, "ImportFrom")
            .optional("module", module.as_deref().map(Piece::Name))
            .list("names", names.iter().map(Node::Alias))
            .field("level", Piece::Owned(level.to_string()))
            .close(),
        StmtKind::Global { names: declared } => NodeWriter::open(out, "Global")
            .list("names", names(declared))
            .close(),
        StmtKind::Nonlocal { names: declared } => NodeWriter::open(out, "Nonlocal")
            .list("names", names(declared))
            .close(),
        StmtKind::Expr { value } => NodeWriter::open(out, "Expr")
            .field("value", Node::Expr(value))
            .close(),
        StmtKind::Pass => out.push(Piece::Text("Pass()")),
        StmtKind::Break => out.push(Piece::Text("Break()")),
        StmtKind::Continue => out.push(Piece::Text("Continue()")),
    }
}

fn expand_expr<'a>(expr: &'a Expr, out: &mut Vec<Piece<'a>>) {
    match &expr.kind {
        ExprKind::BoolOp { op, values } => NodeWriter::open(out, "BoolOp")
            .field("op", Piece::Text(bool_op_node(*op)))
            .list("values", exprs(values))
            .close(),
        ExprKind::NamedExpr { target, value } => NodeWriter::open(out, "NamedExpr")
            .field("target", Node::Expr(target))
            .field("value", Node::Expr(value))
            .close(),
        ExprKind::BinOp { left, op, right } => NodeWriter::open(out, "BinOp")
            .field("left", Node::Expr(left))
            .field("op", Piece::Text(operator_node(*op)))
            .field("right", Node::Expr(right))
            .close(),
        ExprKind::UnaryOp { op, operand } => NodeWriter::open(out, "UnaryOp")
            .field("op", Piece::Text(unary_op_node(*op)))
            .field("operand", Node::Expr(operand))
            .close(),
        ExprKind::Lambda { args, body } => NodeWriter::open(out, "Lambda")
            .field("args", Node::Arguments(args))
            .field("body", Node::Expr(body))
            .close(),
        ExprKind::IfExp { test, body, orelse } => NodeWriter::open(out, "IfExp")
            .field("test", Node::Expr(test))
            .field("body", Node::Expr(body))
            .field("orelse", Node::Expr(orelse))
            .close(),
        ExprKind::Dict { keys, values } => NodeWriter::open(out, "Dict")
            .list("keys", keys.iter().map(|key| Node::MaybeExpr(key.as_ref())))
            .list("values", exprs(values))
            .close(),
        ExprKind::Set { elts } => NodeWriter::open(out, "Set")
            .list("elts", exprs(elts))
            .close(),
        ExprKind::ListComp { elt, generators } => NodeWriter::open(out, "ListComp")
            .field("elt", Node::Expr(elt))
            .list("generators", generators.iter().map(Node::Comprehension))
            .close(),
        ExprKind::SetComp { elt, generators } => NodeWriter::open(out, "SetComp")
            .field("elt", Node::Expr(elt))
            .list("generators", generators.iter().map(Node::Comprehension))
            .close(),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => NodeWriter::open(out, "DictComp")
            .field("key", Node::Expr(key))
            .field("value", Node::Expr(value))
            .list("generators", generators.iter().map(Node::Comprehension))
            .close(),
        ExprKind::GeneratorExp { elt, generators } => NodeWriter::open(out, "GeneratorExp")
            .field("elt", Node::Expr(elt))
            .list("generators", generators.iter().map(Node::Comprehension))
            .close(),
        ExprKind::Await { value } => NodeWriter::open(out, "Await")
            .field("value", Node::Expr(value))
            .close(),
        ExprKind::Yield { value } => NodeWriter::open(out, "Yield")
            .optional("value", boxed_expr(value))
            .close(),
        ExprKind::YieldFrom { value } => NodeWriter::open(out, "YieldFrom")
            .field("value", Node::Expr(value))
            .close(),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => NodeWriter::open(out, "Compare")
            .field("left", Node::Expr(left))
            .list("ops", ops.iter().map(|op| Piece::Text(cmp_op_node(*op))))
            .list("comparators", exprs(comparators))
            .close(),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => NodeWriter::open(out, "Call")
            .field("func", Node::Expr(func))
            .list("args", exprs(args))
            .list("keywords", keywords.iter().map(Node::Keyword))
            .close(),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => NodeWriter::open(out, "FormattedValue")
            .field("value", Node::Expr(value))
            .field("conversion", Piece::Owned(conversion.to_string()))
            .optional("format_spec", boxed_expr(format_spec))
            .close(),
        ExprKind::JoinedStr { values } => NodeWriter::open(out, "JoinedStr")
            .list("values", exprs(values))
            .close(),
        ExprKind::Constant { value, kind } => NodeWriter::open(out, "Constant")
            .field("value", Piece::Owned(constant_repr(value)))
            .optional("kind", kind.as_deref().map(Piece::Name))
            .close(),
        ExprKind::Attribute { value, attr, ctx } => NodeWriter::open(out, "Attribute")
            .field("value", Node::Expr(value))
            .field("attr", Piece::Name(attr))
            .field("ctx", Piece::Text(context_node(*ctx)))
            .close(),
        ExprKind::Subscript { value, slice, ctx } => NodeWriter::open(out, "Subscript")
            .field("value", Node::Expr(value))
            .field("slice", Node::Expr(slice))
            .field("ctx", Piece::Text(context_node(*ctx)))
            .close(),
        ExprKind::Starred { value, ctx } => NodeWriter::open(out, "Starred")
            .field("value", Node::Expr(value))
            .field("ctx", Piece::Text(context_node(*ctx)))
            .close(),
        ExprKind::Name { id, ctx } => NodeWriter::open(out, "Name")
            .field("id", Piece::Name(id))
            .field("ctx", Piece::Text(context_node(*ctx)))
            .close(),
        ExprKind::List { elts, ctx } => NodeWriter::open(out, "List")
            .list("elts", exprs(elts))
            .field("ctx", Piece::Text(context_node(*ctx)))
            .close(),
        ExprKind::Tuple { elts, ctx } => NodeWriter::open(out, "Tuple")
            .list("elts", exprs(elts))
            .field("ctx", Piece::Text(context_node(*ctx)))
            .close(),
        ExprKind::Slice { lower, upper, step } => NodeWriter::open(out, "Slice")
            .optional("lower", boxed_expr(lower))
            .optional("upper", boxed_expr(upper))
            .optional("step", boxed_expr(step))
            .close(),
    }
}

fn expand_pattern<'a>(pattern: &'a Pattern, out: &mut Vec<Piece<'a>>) {
    let patterns = |items: &'a [Pattern]| items.iter().map(Node::Pattern);
    match &pattern.kind {
        PatternKind::MatchValue { value } => NodeWriter::open(out, "MatchValue")
            .field("value", Node::Expr(value))
            .close(),
        PatternKind::MatchSingleton { value } => NodeWriter::open(out, "MatchSingleton")
            .field("value", Piece::Owned(constant_repr(value)))
            .close(),
        PatternKind::MatchSequence { patterns: items } => NodeWriter::open(out, "MatchSequence")
            .list("patterns", patterns(items))
            .close(),
        PatternKind::MatchMapping {
            keys,
            patterns: items,
            rest,
        } => NodeWriter::open(out, "MatchMapping")
            .list("keys", exprs(keys))
            .list("patterns", patterns(items))
            .optional("rest", rest.as_deref().map(Piece::Name))
            .close(),
        PatternKind::MatchClass {
            cls,
            patterns: items,
            kwd_attrs,
            kwd_patterns,
        } => NodeWriter::open(out, "MatchClass")
            .field("cls", Node::Expr(cls))
            .list("patterns", patterns(items))
            .list("kwd_attrs", names(kwd_attrs))
            .list("kwd_patterns", patterns(kwd_patterns))
            .close(),
        PatternKind::MatchStar { name } => NodeWriter::open(out, "MatchStar")
            .optional("name", name.as_deref().map(Piece::Name))
            .close(),
        PatternKind::MatchAs { pattern, name } => NodeWriter::open(out, "MatchAs")
            .optional("pattern", pattern.as_deref().map(Node::Pattern))
            .optional("name", name.as_deref().map(Piece::Name))
            .close(),
        PatternKind::MatchOr { patterns: items } => NodeWriter::open(out, "MatchOr")
            .list("patterns", patterns(items))
            .close(),
    }
}

/// `repr(value)` for the value of a `Constant` or `MatchSingleton`.
fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Str(text) => str_repr(text),
        Constant::Bytes(bytes) => bytes_repr(bytes),
        Constant::Int(int) => int.to_string(),
        Constant::Float(float) => float_repr(*float),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
    }
}

fn context_node(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

fn bool_op_node(op: BoolOp) -> &'static str {
    match op {
        BoolOp::And => "And()",
        BoolOp::Or => "Or()",
    }
}

fn operator_node(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn unary_op_node(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert()",
        UnaryOp::Not => "Not()",
        UnaryOp::UAdd => "UAdd()",
        UnaryOp::USub => "USub()",
    }
}

fn cmp_op_node(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}
