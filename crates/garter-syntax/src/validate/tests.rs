//! Tests of the post-parse checks on hand-built trees, so they run without
//! the parser. Spans are byte offsets into the source each test quotes in
//! a comment; the expected messages and spans come from CPython 3.11.

use super::check_module;
use super::depth::{check_depth, dismantle_module, max_nesting, MAX_NESTING};
use crate::ast::*;
use crate::SyntaxErrorKind;

fn sp(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

fn stmt(start: usize, end: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: sp(start, end),
        kind,
    }
}

fn expr(start: usize, end: usize, kind: ExprKind) -> Expr {
    Expr {
        span: sp(start, end),
        kind,
    }
}

fn name(start: usize, id: &str, ctx: ExprContext) -> Expr {
    expr(
        start,
        start + id.len(),
        ExprKind::Name { id: id.into(), ctx },
    )
}

fn load(start: usize, id: &str) -> Expr {
    name(start, id, ExprContext::Load)
}

fn constant(start: usize, end: usize) -> Expr {
    expr(
        start,
        end,
        ExprKind::Constant {
            value: Constant::Int(1.into()),
            kind: None,
        },
    )
}

fn expr_stmt(value: Expr) -> Stmt {
    let span = value.span;
    Stmt {
        span,
        kind: StmtKind::Expr {
            value: Box::new(value),
        },
    }
}

fn arg(start: usize, id: &str) -> Arg {
    Arg {
        span: sp(start, start + id.len()),
        arg: id.into(),
        annotation: None,
    }
}

fn def(start: usize, end: usize, is_async: bool, args: Vec<Arg>, body: Vec<Stmt>) -> Stmt {
    let def = Box::new(FunctionDef {
        name: "f".into(),
        args: Arguments {
            args,
            ..Arguments::default()
        },
        body,
        decorator_list: vec![],
        returns: None,
    });
    let kind = if is_async {
        StmtKind::AsyncFunctionDef(def)
    } else {
        StmtKind::FunctionDef(def)
    };
    stmt(start, end, kind)
}

fn module(body: Vec<Stmt>) -> Module {
    Module {
        body,
        type_ignores: vec![],
    }
}

/// Asserts that `module` fails with `msg` at byte span `start..end`.
fn assert_error(module: Module, msg: &str, start: usize, end: usize) {
    let err = check_module(&module).expect_err(msg);
    assert_eq!((err.msg.as_str(), err.span), (msg, sp(start, end)));
    assert_eq!(err.kind, SyntaxErrorKind::SyntaxError);
}

#[test]
fn return_break_continue_outside() {
    // return 1
    let ret = stmt(
        0,
        8,
        StmtKind::Return {
            value: Some(Box::new(constant(7, 8))),
        },
    );
    assert_error(module(vec![ret]), "'return' outside function", 0, 8);
    assert_error(
        module(vec![stmt(0, 5, StmtKind::Break)]),
        "'break' outside loop",
        0,
        5,
    );
    assert_error(
        module(vec![stmt(0, 8, StmtKind::Continue)]),
        "'continue' not properly in loop",
        0,
        8,
    );
}

#[test]
fn break_in_while_else_and_nested_def() {
    // while 1:\n  pass\nelse:\n  break
    let while_ = stmt(
        0,
        29,
        StmtKind::While {
            test: Box::new(constant(6, 7)),
            body: vec![stmt(11, 15, StmtKind::Pass)],
            orelse: vec![stmt(24, 29, StmtKind::Break)],
        },
    );
    assert_error(module(vec![while_]), "'break' outside loop", 24, 29);
    // while x:\n  def f():\n    break
    let while_ = stmt(
        0,
        30,
        StmtKind::While {
            test: Box::new(load(6, "x")),
            body: vec![def(
                11,
                30,
                false,
                vec![],
                vec![stmt(25, 30, StmtKind::Break)],
            )],
            orelse: vec![],
        },
    );
    assert_error(module(vec![while_]), "'break' outside loop", 25, 30);
    // while x:\n  break
    let while_ = stmt(
        0,
        16,
        StmtKind::While {
            test: Box::new(load(6, "x")),
            body: vec![stmt(11, 16, StmtKind::Break)],
            orelse: vec![],
        },
    );
    assert!(check_module(&module(vec![while_])).is_ok());
}

#[test]
fn yield_and_await_placement() {
    // yield x
    let yield_ = expr(
        0,
        7,
        ExprKind::Yield {
            value: Some(Box::new(load(6, "x"))),
        },
    );
    assert_error(
        module(vec![expr_stmt(yield_)]),
        "'yield' outside function",
        0,
        7,
    );
    // await x
    let await_ = expr(
        0,
        7,
        ExprKind::Await {
            value: Box::new(load(6, "x")),
        },
    );
    assert_error(
        module(vec![expr_stmt(await_.clone())]),
        "'await' outside function",
        0,
        7,
    );
    // def f():\n  await x
    let mut inner = await_;
    inner.span = sp(11, 18);
    let f = def(0, 18, false, vec![], vec![expr_stmt(inner)]);
    assert_error(module(vec![f]), "'await' outside async function", 11, 18);
}

#[test]
fn comprehension_errors() {
    // [(yield) for x in y]
    let yield_ = expr(2, 7, ExprKind::Yield { value: None });
    let comp = expr(
        0,
        20,
        ExprKind::ListComp {
            elt: Box::new(yield_),
            generators: vec![Comprehension {
                target: name(13, "x", ExprContext::Store),
                iter: load(18, "y"),
                ifs: vec![],
                is_async: false,
            }],
        },
    );
    assert_error(
        module(vec![expr_stmt(comp)]),
        "'yield' inside list comprehension",
        2,
        7,
    );
    // [x async for x in y]
    let comp = expr(
        0,
        20,
        ExprKind::ListComp {
            elt: Box::new(load(1, "x")),
            generators: vec![Comprehension {
                target: name(13, "x", ExprContext::Store),
                iter: load(18, "y"),
                ifs: vec![],
                is_async: true,
            }],
        },
    );
    assert_error(
        module(vec![expr_stmt(comp.clone())]),
        "asynchronous comprehension outside of an asynchronous function",
        0,
        20,
    );
    let f = def(0, 30, true, vec![], vec![expr_stmt(comp)]);
    assert!(check_module(&module(vec![f])).is_ok());
}

#[test]
fn global_and_nonlocal() {
    // nonlocal x
    let nonlocal = |start, end| {
        stmt(
            start,
            end,
            StmtKind::Nonlocal {
                names: vec!["x".into()],
            },
        )
    };
    let global = |start, end| {
        stmt(
            start,
            end,
            StmtKind::Global {
                names: vec!["x".into()],
            },
        )
    };
    assert_error(
        module(vec![nonlocal(0, 10)]),
        "nonlocal declaration not allowed at module level",
        0,
        10,
    );
    // def f():\n  nonlocal x
    let f = def(0, 21, false, vec![], vec![nonlocal(11, 21)]);
    assert_error(module(vec![f]), "no binding for nonlocal 'x' found", 11, 21);
    // def f(x):\n  global x
    let f = def(0, 20, false, vec![arg(6, "x")], vec![global(12, 20)]);
    assert_error(module(vec![f]), "name 'x' is parameter and global", 12, 20);
    // def f():\n  print(x)\n  global x
    let call = expr(
        11,
        19,
        ExprKind::Call {
            func: Box::new(load(11, "print")),
            args: vec![load(17, "x")],
            keywords: vec![],
        },
    );
    let f = def(0, 30, false, vec![], vec![expr_stmt(call), global(22, 30)]);
    assert_error(
        module(vec![f]),
        "name 'x' is used prior to global declaration",
        22,
        30,
    );
    // def f():\n  x = 1\n  nonlocal x
    let assign = stmt(
        11,
        16,
        StmtKind::Assign {
            targets: vec![name(11, "x", ExprContext::Store)],
            value: Box::new(constant(15, 16)),
        },
    );
    let f = def(0, 29, false, vec![], vec![assign.clone(), nonlocal(19, 29)]);
    assert_error(
        module(vec![f]),
        "name 'x' is assigned to before nonlocal declaration",
        19,
        29,
    );
    // def f():\n  x = 1\n  def g():\n    nonlocal x
    let g = def(19, 43, false, vec![], vec![nonlocal(33, 43)]);
    let f = def(0, 43, false, vec![], vec![assign, g]);
    assert!(check_module(&module(vec![f])).is_ok());
}

#[test]
fn duplicate_argument_and_async_generator_return() {
    // def f(x, x): pass
    let f = def(
        0,
        17,
        false,
        vec![arg(6, "x"), arg(9, "x")],
        vec![stmt(13, 17, StmtKind::Pass)],
    );
    assert_error(
        module(vec![f]),
        "duplicate argument 'x' in function definition",
        9,
        10,
    );
    // async def f():\n  yield 1\n  return 2
    let yield_ = expr(
        17,
        24,
        ExprKind::Yield {
            value: Some(Box::new(constant(23, 24))),
        },
    );
    let ret = stmt(
        27,
        35,
        StmtKind::Return {
            value: Some(Box::new(constant(34, 35))),
        },
    );
    let f = def(0, 35, true, vec![], vec![expr_stmt(yield_), ret]);
    assert_error(
        module(vec![f]),
        "'return' with value in async generator",
        27,
        35,
    );
}

#[test]
fn symbol_table_errors_come_before_compiler_errors() {
    // return\ndef f(x,x): pass
    let f = def(
        7,
        23,
        false,
        vec![arg(13, "x"), arg(15, "x")],
        vec![stmt(19, 23, StmtKind::Pass)],
    );
    let ret = stmt(0, 6, StmtKind::Return { value: None });
    assert_error(
        module(vec![ret, f]),
        "duplicate argument 'x' in function definition",
        15,
        16,
    );
}

#[test]
fn starred_targets() {
    // *a = 1
    let starred = expr(
        0,
        2,
        ExprKind::Starred {
            value: Box::new(name(1, "a", ExprContext::Store)),
            ctx: ExprContext::Store,
        },
    );
    let assign = stmt(
        0,
        6,
        StmtKind::Assign {
            targets: vec![starred.clone()],
            value: Box::new(constant(5, 6)),
        },
    );
    assert_error(
        module(vec![assign]),
        "starred assignment target must be in a list or tuple",
        0,
        2,
    );
    // *a, = 1
    let tuple = expr(
        0,
        3,
        ExprKind::Tuple {
            elts: vec![starred],
            ctx: ExprContext::Store,
        },
    );
    let assign = stmt(
        0,
        7,
        StmtKind::Assign {
            targets: vec![tuple],
            value: Box::new(constant(6, 7)),
        },
    );
    assert!(check_module(&module(vec![assign])).is_ok());
}

/// `-` applied `depth` times to `1`, built without recursion.
fn unary_chain(depth: usize) -> Expr {
    let mut tree = constant(depth, depth + 1);
    for start in (0..depth).rev() {
        tree = expr(
            start,
            depth + 1,
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(tree),
            },
        );
    }
    tree
}

#[test]
fn depth_limit_matches_cpython() {
    // CPython compiles 2998 unary minus signs in a statement, not 2999.
    let ok = module(vec![expr_stmt(unary_chain(2998))]);
    assert_eq!(max_nesting(&ok), MAX_NESTING);
    assert!(check_module(&ok).is_ok());
    let ok = check_depth(ok).expect("within the limit");
    dismantle_module(ok);
    let deep = module(vec![expr_stmt(unary_chain(2999))]);
    let err = check_module(&deep).expect_err("too deep");
    assert_eq!(err.kind, SyntaxErrorKind::RecursionError);
    assert!(check_depth(deep).is_err());
}

#[test]
fn very_deep_trees_are_measured_and_freed_without_recursion() {
    // Runs on a test thread (2 MiB stack): a recursive walk or the default
    // drop of this tree would overflow it.
    let deep = module(vec![expr_stmt(unary_chain(1_000_000))]);
    let err = check_module(&deep).expect_err("too deep");
    assert_eq!(err.kind, SyntaxErrorKind::RecursionError);
    assert!(check_depth(deep).is_err());
}

#[test]
fn default_drop_handles_trees_the_guard_lets_through() {
    // The parser may drop a partial tree as deep as the guard allows when
    // it meets an error; Rust's recursive drop glue must cope on a 2 MiB
    // test thread.
    drop(module(vec![expr_stmt(unary_chain(
        super::depth::GUARD_LIMIT + 1000,
    ))]));
}

#[test]
fn guard_stops_long_operator_chains() {
    use super::depth::NestingGuard;
    use crate::token::Tok;
    let minus = (0..100_000).map(|i| Ok((i, Tok::Minus, i + 1)));
    let tokens = minus.chain([Ok((100_000, Tok::Int("1"), 100_001))]);
    let last = NestingGuard::new(tokens).last().expect("a token");
    let err = last.expect_err("the guard trips");
    assert_eq!(err.kind, SyntaxErrorKind::RecursionError);
    let siblings = (0..100_000).flat_map(|i| {
        [
            Ok((3 * i, Tok::Minus, 3 * i + 1)),
            Ok((3 * i + 1, Tok::Int("1"), 3 * i + 2)),
            Ok((3 * i + 2, Tok::Comma, 3 * i + 3)),
        ]
    });
    assert!(NestingGuard::new(siblings).all(|tok| tok.is_ok()));
}

#[test]
fn dump_copes_with_the_deepest_accepted_tree() {
    // Every walk over an accepted tree may recurse MAX_NESTING levels; the
    // dump must manage that on a 2 MiB test thread.
    let module = module(vec![expr_stmt(unary_chain(MAX_NESTING - 2))]);
    assert!(check_module(&module).is_ok());
    let text = crate::ast::dump::dump_module(&module);
    assert!(text.starts_with("Module(body=[Expr(value=UnaryOp(op=USub(), operand="));
}

/// Inputs nested far too deeply for any recursive code, each also with a
/// syntax error after the deep part (the parser then drops what it built).
fn hostile_sources() -> Vec<String> {
    let n = 100_000;
    let bodies = [
        format!("{}1", "-".repeat(n)),
        format!("{}1", "not ".repeat(n)),
        format!("{}x", "await ".repeat(n)),
        format!("{}1", "lambda:".repeat(n)),
        format!("a{}", ".b".repeat(n)),
        format!("x{}", "[0]".repeat(n)),
        format!("f{}", "()".repeat(n)),
        vec!["1"; n].join("+"),
        vec!["1"; n].join("**"),
        format!("{}1", "1 if 1 else ".repeat(n)),
        format!("f'{{{}1}}'", "-".repeat(n)),
    ];
    bodies
        .iter()
        .flat_map(|body| [format!("x = {body}\n"), format!("x = {body})\n")])
        .collect()
}

#[test]
fn hostile_nesting_never_overflows_the_stack() {
    // Runs on a 2 MiB test thread: parsing, checking and dropping must
    // all stay iterative or bounded.
    for source in hostile_sources() {
        if let Ok(module) = crate::parse_module(&source) {
            let result = check_module(&module);
            assert!(result.is_err(), "{}...", &source[..20]);
            dismantle_module(module);
        }
    }
}
