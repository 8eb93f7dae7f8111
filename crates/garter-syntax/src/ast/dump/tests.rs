//! Unit tests of the dump on hand-built trees. Each expected string is what
//! python3.11's `ast.dump(ast.parse(SOURCE))` printed for the source quoted
//! above the test.

use super::{dump_expr, dump_module};
use crate::ast::{
    Alias, Arg, Arguments, BoolOp, ClassDef, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprContext, ExprKind, For, FunctionDef, Keyword, MatchCase, Module, Operator, Pattern,
    PatternKind, PyStr, Span, Stmt, StmtKind, Try, TypeIgnore, UnaryOp, With, WithItem,
};
use num_bigint::BigInt;

fn expr(kind: ExprKind) -> Expr {
    Expr {
        span: Span::default(),
        kind,
    }
}

fn boxed(kind: ExprKind) -> Box<Expr> {
    Box::new(expr(kind))
}

fn name(id: &str, ctx: ExprContext) -> Expr {
    expr(ExprKind::Name { id: id.into(), ctx })
}

fn load(id: &str) -> Expr {
    name(id, ExprContext::Load)
}

fn store(id: &str) -> Expr {
    name(id, ExprContext::Store)
}

fn constant(value: Constant) -> Expr {
    expr(ExprKind::Constant { value, kind: None })
}

fn int(value: i64) -> Expr {
    constant(Constant::Int(BigInt::from(value)))
}

fn text(value: &str) -> Expr {
    constant(Constant::Str(PyStr::Utf8(value.to_owned())))
}

fn stmt(kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::default(),
        kind,
    }
}

fn expr_stmt(value: Expr) -> Stmt {
    stmt(StmtKind::Expr {
        value: Box::new(value),
    })
}

fn pass() -> Stmt {
    stmt(StmtKind::Pass)
}

fn dump(body: Vec<Stmt>) -> String {
    dump_module(&Module {
        body,
        type_ignores: Vec::new(),
    })
}

fn arg(name: &str) -> Arg {
    Arg {
        span: Span::default(),
        arg: name.into(),
        annotation: None,
    }
}

fn keyword(arg: Option<&str>, value: Expr) -> Keyword {
    Keyword {
        span: Span::default(),
        arg: arg.map(Into::into),
        value,
    }
}

fn alias(name: &str, asname: Option<&str>) -> Alias {
    Alias {
        span: Span::default(),
        name: name.into(),
        asname: asname.map(Into::into),
    }
}

fn generator(target: Expr, iter: Expr, ifs: Vec<Expr>, is_async: bool) -> Comprehension {
    Comprehension {
        target,
        iter,
        ifs,
        is_async,
    }
}

fn pattern(kind: PatternKind) -> Pattern {
    Pattern {
        span: Span::default(),
        kind,
    }
}

fn capture(name: &str) -> Pattern {
    pattern(PatternKind::MatchAs {
        pattern: None,
        name: Some(name.into()),
    })
}

fn wildcard() -> Pattern {
    pattern(PatternKind::MatchAs {
        pattern: None,
        name: None,
    })
}

fn match_value(value: Expr) -> Pattern {
    pattern(PatternKind::MatchValue {
        value: Box::new(value),
    })
}

fn case(pattern: Pattern, guard: Option<Expr>) -> MatchCase {
    MatchCase {
        pattern,
        guard,
        body: vec![pass()],
    }
}

/// `x = 1`
#[test]
fn assignment() {
    let tree = dump(vec![stmt(StmtKind::Assign {
        targets: vec![store("x")],
        value: Box::new(int(1)),
    })]);
    assert_eq!(
        tree,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
    );
}

/// ```text
/// @dec
/// @dec2(x)
/// def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
///     return
/// async def g(*, k):
///     return x
/// ```
#[test]
fn function_definitions() {
    let f = FunctionDef {
        name: "f".into(),
        args: Arguments {
            posonlyargs: vec![arg("a")],
            args: vec![Arg {
                annotation: Some(Box::new(load("int"))),
                ..arg("b")
            }],
            vararg: Some(arg("args")),
            kwonlyargs: vec![arg("c"), arg("d")],
            kw_defaults: vec![None, Some(int(2))],
            kwarg: Some(arg("kw")),
            defaults: vec![int(1)],
        },
        body: vec![stmt(StmtKind::Return { value: None })],
        decorator_list: vec![
            load("dec"),
            expr(ExprKind::Call {
                func: Box::new(load("dec2")),
                args: vec![load("x")],
                keywords: vec![],
            }),
        ],
        returns: Some(constant(Constant::None)),
    };
    let g = FunctionDef {
        name: "g".into(),
        args: Arguments {
            kwonlyargs: vec![arg("k")],
            kw_defaults: vec![None],
            ..Arguments::default()
        },
        body: vec![stmt(StmtKind::Return {
            value: Some(Box::new(load("x"))),
        })],
        decorator_list: vec![],
        returns: None,
    };
    let tree = dump(vec![
        stmt(StmtKind::FunctionDef(Box::new(f))),
        stmt(StmtKind::AsyncFunctionDef(Box::new(g))),
    ]);
    assert_eq!(
        tree,
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])], returns=Constant(value=None)), AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=[Return(value=Name(id='x', ctx=Load()))], decorator_list=[])], type_ignores=[])"
    );
}

/// `class C(B, metaclass=M, **kw): pass`
#[test]
fn class_definition() {
    let tree = dump(vec![stmt(StmtKind::ClassDef(Box::new(ClassDef {
        name: "C".into(),
        bases: vec![load("B")],
        keywords: vec![
            keyword(Some("metaclass"), load("M")),
            keyword(None, load("kw")),
        ],
        body: vec![pass()],
        decorator_list: vec![],
    })))]);
    assert_eq!(
        tree,
        "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"
    );
}

/// ```text
/// del a, b.c, d[0]
/// a = b = 1
/// a += 1
/// x: int = 1
/// (y): int
/// raise E from c
/// raise
/// assert x, y
/// assert z
/// global g, h
/// nonlocal n
/// x
/// pass
/// ```
#[test]
fn simple_statements() {
    let tree = dump(vec![
        stmt(StmtKind::Delete {
            targets: vec![
                name("a", ExprContext::Del),
                expr(ExprKind::Attribute {
                    value: Box::new(load("b")),
                    attr: "c".into(),
                    ctx: ExprContext::Del,
                }),
                expr(ExprKind::Subscript {
                    value: Box::new(load("d")),
                    slice: Box::new(int(0)),
                    ctx: ExprContext::Del,
                }),
            ],
        }),
        stmt(StmtKind::Assign {
            targets: vec![store("a"), store("b")],
            value: Box::new(int(1)),
        }),
        stmt(StmtKind::AugAssign {
            target: Box::new(store("a")),
            op: Operator::Add,
            value: Box::new(int(1)),
        }),
        stmt(StmtKind::AnnAssign {
            target: Box::new(store("x")),
            annotation: Box::new(load("int")),
            value: Some(Box::new(int(1))),
            simple: true,
        }),
        stmt(StmtKind::AnnAssign {
            target: Box::new(store("y")),
            annotation: Box::new(load("int")),
            value: None,
            simple: false,
        }),
        stmt(StmtKind::Raise {
            exc: Some(Box::new(load("E"))),
            cause: Some(Box::new(load("c"))),
        }),
        stmt(StmtKind::Raise {
            exc: None,
            cause: None,
        }),
        stmt(StmtKind::Assert {
            test: Box::new(load("x")),
            msg: Some(Box::new(load("y"))),
        }),
        stmt(StmtKind::Assert {
            test: Box::new(load("z")),
            msg: None,
        }),
        stmt(StmtKind::Global {
            names: vec!["g".into(), "h".into()],
        }),
        stmt(StmtKind::Nonlocal {
            names: vec!["n".into()],
        }),
        expr_stmt(load("x")),
        pass(),
    ]);
    assert_eq!(
        tree,
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del()), Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Del())]), Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Constant(value=1)), AugAssign(target=Name(id='a', ctx=Store()), op=Add(), value=Constant(value=1)), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='c', ctx=Load())), Raise(), Assert(test=Name(id='x', ctx=Load()), msg=Name(id='y', ctx=Load())), Assert(test=Name(id='z', ctx=Load())), Global(names=['g', 'h']), Nonlocal(names=['n']), Expr(value=Name(id='x', ctx=Load())), Pass()], type_ignores=[])"
    );
}

/// ```text
/// async def g():
///     async for x in y:
///         pass
///     else:
///         break
///     async with a as b, c:
///         continue
/// for x, in y: pass
/// while x: pass
/// else: pass
/// if x: pass
/// elif y: pass
/// with a: pass
/// try: pass
/// except E as e: pass
/// except: pass
/// else: pass
/// finally: pass
/// try: pass
/// except* E: pass
/// ```
#[test]
fn compound_statements() {
    let async_for = stmt(StmtKind::AsyncFor(Box::new(For {
        target: store("x"),
        iter: load("y"),
        body: vec![pass()],
        orelse: vec![stmt(StmtKind::Break)],
    })));
    let async_with = stmt(StmtKind::AsyncWith(Box::new(With {
        items: vec![
            WithItem {
                context_expr: load("a"),
                optional_vars: Some(store("b")),
            },
            WithItem {
                context_expr: load("c"),
                optional_vars: None,
            },
        ],
        body: vec![stmt(StmtKind::Continue)],
    })));
    let g = FunctionDef {
        name: "g".into(),
        args: Arguments::default(),
        body: vec![async_for, async_with],
        decorator_list: vec![],
        returns: None,
    };
    let handler = |type_: Option<Expr>, name: Option<&str>| ExceptHandler {
        span: Span::default(),
        type_,
        name: name.map(Into::into),
        body: vec![pass()],
    };
    let tree = dump(vec![
        stmt(StmtKind::AsyncFunctionDef(Box::new(g))),
        stmt(StmtKind::For(Box::new(For {
            target: expr(ExprKind::Tuple {
                elts: vec![store("x")],
                ctx: ExprContext::Store,
            }),
            iter: load("y"),
            body: vec![pass()],
            orelse: vec![],
        }))),
        stmt(StmtKind::While {
            test: Box::new(load("x")),
            body: vec![pass()],
            orelse: vec![pass()],
        }),
        stmt(StmtKind::If {
            test: Box::new(load("x")),
            body: vec![pass()],
            orelse: vec![stmt(StmtKind::If {
                test: Box::new(load("y")),
                body: vec![pass()],
                orelse: vec![],
            })],
        }),
        stmt(StmtKind::With(Box::new(With {
            items: vec![WithItem {
                context_expr: load("a"),
                optional_vars: None,
            }],
            body: vec![pass()],
        }))),
        stmt(StmtKind::Try(Box::new(Try {
            body: vec![pass()],
            handlers: vec![handler(Some(load("E")), Some("e")), handler(None, None)],
            orelse: vec![pass()],
            finalbody: vec![pass()],
        }))),
        stmt(StmtKind::TryStar(Box::new(Try {
            body: vec![pass()],
            handlers: vec![handler(Some(load("E")), None)],
            orelse: vec![],
            finalbody: vec![],
        }))),
    ]);
    assert_eq!(
        tree,
        "Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Break()]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Continue()])], decorator_list=[]), For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()]), If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()]), Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()]), TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"
    );
}

/// ```text
/// import a.b as c, d
/// from ..m import x as y, z
/// from . import *
/// ```
#[test]
fn imports() {
    let tree = dump(vec![
        stmt(StmtKind::Import {
            names: vec![alias("a.b", Some("c")), alias("d", None)],
        }),
        stmt(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![alias("x", Some("y")), alias("z", None)],
            level: 2,
        }),
        stmt(StmtKind::ImportFrom {
            module: None,
            names: vec![alias("*", None)],
            level: 1,
        }),
    ]);
    assert_eq!(
        tree,
        "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(module='m', names=[alias(name='x', asname='y'), alias(name='z')], level=2), ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])"
    );
}

fn binop(left: Expr, op: Operator, right: Expr) -> Expr {
    expr(ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    })
}

fn unary(op: UnaryOp, operand: Expr) -> Expr {
    expr(ExprKind::UnaryOp {
        op,
        operand: Box::new(operand),
    })
}

/// ```text
/// a and b or not c
/// (x := 1)
/// 1 + 2 - 3 * 4 @ 5 / 6 % 7 ** 8 << 9 >> 10 | 11 ^ 12 & 13 // 14
/// ~+-x
/// a < b <= c > d >= e == f != g is h is not i in j not in k
/// lambda: 0
/// lambda x, *y, z=1, **w: x
/// a if b else c
/// await x
/// yield
/// yield x
/// yield from x
/// ```
#[test]
fn operators_and_simple_expressions() {
    use Operator::*;
    let arithmetic = binop(
        binop(
            binop(
                binop(
                    binop(int(1), Add, int(2)),
                    Sub,
                    binop(
                        binop(
                            binop(binop(int(3), Mult, int(4)), MatMult, int(5)),
                            Div,
                            int(6),
                        ),
                        Mod,
                        binop(int(7), Pow, int(8)),
                    ),
                ),
                LShift,
                int(9),
            ),
            RShift,
            int(10),
        ),
        BitOr,
        binop(
            int(11),
            BitXor,
            binop(int(12), BitAnd, binop(int(13), FloorDiv, int(14))),
        ),
    );
    let compared = ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    let lambda_args = Arguments {
        args: vec![arg("x")],
        vararg: Some(arg("y")),
        kwonlyargs: vec![arg("z")],
        kw_defaults: vec![Some(int(1))],
        kwarg: Some(arg("w")),
        ..Arguments::default()
    };
    let tree = dump(vec![
        expr_stmt(expr(ExprKind::BoolOp {
            op: BoolOp::Or,
            values: vec![
                expr(ExprKind::BoolOp {
                    op: BoolOp::And,
                    values: vec![load("a"), load("b")],
                }),
                unary(UnaryOp::Not, load("c")),
            ],
        })),
        expr_stmt(expr(ExprKind::NamedExpr {
            target: Box::new(store("x")),
            value: Box::new(int(1)),
        })),
        expr_stmt(arithmetic),
        expr_stmt(unary(
            UnaryOp::Invert,
            unary(UnaryOp::UAdd, unary(UnaryOp::USub, load("x"))),
        )),
        expr_stmt(expr(ExprKind::Compare {
            left: Box::new(load("a")),
            ops: vec![
                CmpOp::Lt,
                CmpOp::LtE,
                CmpOp::Gt,
                CmpOp::GtE,
                CmpOp::Eq,
                CmpOp::NotEq,
                CmpOp::Is,
                CmpOp::IsNot,
                CmpOp::In,
                CmpOp::NotIn,
            ],
            comparators: compared.iter().map(|id| load(id)).collect(),
        })),
        expr_stmt(expr(ExprKind::Lambda {
            args: Box::default(),
            body: Box::new(int(0)),
        })),
        expr_stmt(expr(ExprKind::Lambda {
            args: Box::new(lambda_args),
            body: Box::new(load("x")),
        })),
        expr_stmt(expr(ExprKind::IfExp {
            test: Box::new(load("b")),
            body: Box::new(load("a")),
            orelse: Box::new(load("c")),
        })),
        expr_stmt(expr(ExprKind::Await {
            value: Box::new(load("x")),
        })),
        expr_stmt(expr(ExprKind::Yield { value: None })),
        expr_stmt(expr(ExprKind::Yield {
            value: Some(Box::new(load("x"))),
        })),
        expr_stmt(expr(ExprKind::YieldFrom {
            value: Box::new(load("x")),
        })),
    ]);
    assert_eq!(
        tree,
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])), Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))), Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=3), op=Mult(), right=Constant(value=4)), op=MatMult(), right=Constant(value=5)), op=Div(), right=Constant(value=6)), op=Mod(), right=BinOp(left=Constant(value=7), op=Pow(), right=Constant(value=8)))), op=LShift(), right=Constant(value=9)), op=RShift(), right=Constant(value=10)), op=BitOr(), right=BinOp(left=Constant(value=11), op=BitXor(), right=BinOp(left=Constant(value=12), op=BitAnd(), right=BinOp(left=Constant(value=13), op=FloorDiv(), right=Constant(value=14)))))), Expr(value=UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))))), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())])), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='w'), defaults=[]), body=Name(id='x', ctx=Load()))), Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Expr(value=Await(value=Name(id='x', ctx=Load()))), Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='x', ctx=Load())))], type_ignores=[])"
    );
}

fn starred(value: Expr, ctx: ExprContext) -> Expr {
    expr(ExprKind::Starred {
        value: Box::new(value),
        ctx,
    })
}

fn slice(lower: Option<Expr>, upper: Option<Expr>, step: Option<Expr>) -> Expr {
    expr(ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.map(Box::new),
    })
}

/// ```text
/// {a: b, **c}
/// {a, *b}
/// [a, *b]
/// (a, *b)
/// [*a, b] = c
/// f(a, *b, c=d, **e)
/// a.b
/// a[b]
/// a[1:2, ::3, :]
/// del a.b, a[c]
/// [x for x in y if z if w]
/// {x for x in y}
/// {k: v for k, v in y}
/// (x async for x in y)
/// ```
#[test]
fn displays_calls_and_comprehensions() {
    use ExprContext::{Del, Load, Store};
    let simple_generator = || vec![generator(store("x"), load("y"), vec![], false)];
    let tree = dump(vec![
        expr_stmt(expr(ExprKind::Dict {
            keys: vec![Some(load("a")), None],
            values: vec![load("b"), load("c")],
        })),
        expr_stmt(expr(ExprKind::Set {
            elts: vec![load("a"), starred(load("b"), Load)],
        })),
        expr_stmt(expr(ExprKind::List {
            elts: vec![load("a"), starred(load("b"), Load)],
            ctx: Load,
        })),
        expr_stmt(expr(ExprKind::Tuple {
            elts: vec![load("a"), starred(load("b"), Load)],
            ctx: Load,
        })),
        stmt(StmtKind::Assign {
            targets: vec![expr(ExprKind::List {
                elts: vec![starred(store("a"), Store), store("b")],
                ctx: Store,
            })],
            value: Box::new(load("c")),
        }),
        expr_stmt(expr(ExprKind::Call {
            func: Box::new(load("f")),
            args: vec![load("a"), starred(load("b"), Load)],
            keywords: vec![keyword(Some("c"), load("d")), keyword(None, load("e"))],
        })),
        expr_stmt(expr(ExprKind::Attribute {
            value: Box::new(load("a")),
            attr: "b".into(),
            ctx: Load,
        })),
        expr_stmt(expr(ExprKind::Subscript {
            value: Box::new(load("a")),
            slice: Box::new(load("b")),
            ctx: Load,
        })),
        expr_stmt(expr(ExprKind::Subscript {
            value: Box::new(load("a")),
            slice: boxed(ExprKind::Tuple {
                elts: vec![
                    slice(Some(int(1)), Some(int(2)), None),
                    slice(None, None, Some(int(3))),
                    slice(None, None, None),
                ],
                ctx: Load,
            }),
            ctx: Load,
        })),
        stmt(StmtKind::Delete {
            targets: vec![
                expr(ExprKind::Attribute {
                    value: Box::new(load("a")),
                    attr: "b".into(),
                    ctx: Del,
                }),
                expr(ExprKind::Subscript {
                    value: Box::new(load("a")),
                    slice: Box::new(load("c")),
                    ctx: Del,
                }),
            ],
        }),
        expr_stmt(expr(ExprKind::ListComp {
            elt: Box::new(load("x")),
            generators: vec![generator(
                store("x"),
                load("y"),
                vec![load("z"), load("w")],
                false,
            )],
        })),
        expr_stmt(expr(ExprKind::SetComp {
            elt: Box::new(load("x")),
            generators: simple_generator(),
        })),
        expr_stmt(expr(ExprKind::DictComp {
            key: Box::new(load("k")),
            value: Box::new(load("v")),
            generators: vec![generator(
                expr(ExprKind::Tuple {
                    elts: vec![store("k"), store("v")],
                    ctx: Store,
                }),
                load("y"),
                vec![],
                false,
            )],
        })),
        expr_stmt(expr(ExprKind::GeneratorExp {
            elt: Box::new(load("x")),
            generators: vec![generator(store("x"), load("y"), vec![], true)],
        })),
    ]);
    assert_eq!(
        tree,
        "Module(body=[Expr(value=Dict(keys=[Name(id='a', ctx=Load()), None], values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])), Expr(value=Set(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())])), Expr(value=List(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())), Expr(value=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())), Assign(targets=[List(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Slice()], ctx=Load()), ctx=Load())), Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Del())]), Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"
    );
}

/// ```text
/// None; True; False; ...
/// 0; 123; 0x10; 10**30
/// 123456789012345678901234567890
/// ```
#[test]
fn constants_without_repr() {
    let big: BigInt = "123456789012345678901234567890".parse().unwrap_or_default();
    let tree = dump(vec![
        expr_stmt(constant(Constant::None)),
        expr_stmt(constant(Constant::Bool(true))),
        expr_stmt(constant(Constant::Bool(false))),
        expr_stmt(constant(Constant::Ellipsis)),
        expr_stmt(int(0)),
        expr_stmt(int(123)),
        expr_stmt(int(16)),
        expr_stmt(binop(int(10), Operator::Pow, int(30))),
        expr_stmt(constant(Constant::Int(big))),
    ]);
    assert_eq!(
        tree,
        "Module(body=[Expr(value=Constant(value=None)), Expr(value=Constant(value=True)), Expr(value=Constant(value=False)), Expr(value=Constant(value=Ellipsis)), Expr(value=Constant(value=0)), Expr(value=Constant(value=123)), Expr(value=Constant(value=16)), Expr(value=BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=30))), Expr(value=Constant(value=123456789012345678901234567890))], type_ignores=[])"
    );
}

fn formatted(value: Expr, conversion: i32, format_spec: Option<Expr>) -> Expr {
    expr(ExprKind::FormattedValue {
        value: Box::new(value),
        conversion,
        format_spec: format_spec.map(Box::new),
    })
}

/// ```text
/// 'a'; u'b'; b'c'; 1.5; 2j; 'it\'s'
/// f"x{y!r:>{w}} {z=}"
/// f"{a!s}{b!a}{c:d}"
/// ```
#[test]
fn strings_numbers_and_fstrings() {
    let tree = dump(vec![
        expr_stmt(text("a")),
        expr_stmt(expr(ExprKind::Constant {
            value: Constant::Str(PyStr::Utf8("b".to_owned())),
            kind: Some("u".into()),
        })),
        expr_stmt(constant(Constant::Bytes(b"c".to_vec()))),
        expr_stmt(constant(Constant::Float(1.5))),
        expr_stmt(constant(Constant::Complex {
            real: 0.0,
            imag: 2.0,
        })),
        expr_stmt(text("it's")),
        expr_stmt(expr(ExprKind::JoinedStr {
            values: vec![
                text("x"),
                formatted(
                    load("y"),
                    114,
                    Some(expr(ExprKind::JoinedStr {
                        values: vec![text(">"), formatted(load("w"), -1, None)],
                    })),
                ),
                text(" z="),
                formatted(load("z"), 114, None),
            ],
        })),
        expr_stmt(expr(ExprKind::JoinedStr {
            values: vec![
                formatted(load("a"), 115, None),
                formatted(load("b"), 97, None),
                formatted(
                    load("c"),
                    -1,
                    Some(expr(ExprKind::JoinedStr {
                        values: vec![text("d")],
                    })),
                ),
            ],
        })),
    ]);
    assert_eq!(
        tree,
        "Module(body=[Expr(value=Constant(value='a')), Expr(value=Constant(value='b', kind='u')), Expr(value=Constant(value=b'c')), Expr(value=Constant(value=1.5)), Expr(value=Constant(value=2j)), Expr(value=Constant(value=\"it's\")), Expr(value=JoinedStr(values=[Constant(value='x'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' z='), FormattedValue(value=Name(id='z', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=115), FormattedValue(value=Name(id='b', ctx=Load()), conversion=97), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='d')]))]))], type_ignores=[])"
    );
}

/// ```text
/// match x:
///     case 1 | -2 | 1+2j | a.b:
///         pass
///     case None | True | False:
///         pass
///     case [a, *b, _] | (c, *_):
///         pass
///     case {"k": v, 2: w, **rest}:
///         pass
///     case P(1, q, r=s as t) if g:
///         pass
///     case _:
///         pass
/// ```
#[test]
fn match_patterns() {
    let or = |patterns: Vec<Pattern>| pattern(PatternKind::MatchOr { patterns });
    let singleton = |value: Constant| pattern(PatternKind::MatchSingleton { value });
    let star = |name: Option<&str>| {
        pattern(PatternKind::MatchStar {
            name: name.map(Into::into),
        })
    };
    let sequence = |patterns: Vec<Pattern>| pattern(PatternKind::MatchSequence { patterns });
    let complex_value = binop(
        int(1),
        Operator::Add,
        constant(Constant::Complex {
            real: 0.0,
            imag: 2.0,
        }),
    );
    let cases = vec![
        case(
            or(vec![
                match_value(int(1)),
                match_value(unary(UnaryOp::USub, int(2))),
                match_value(complex_value),
                match_value(expr(ExprKind::Attribute {
                    value: Box::new(load("a")),
                    attr: "b".into(),
                    ctx: ExprContext::Load,
                })),
            ]),
            None,
        ),
        case(
            or(vec![
                singleton(Constant::None),
                singleton(Constant::Bool(true)),
                singleton(Constant::Bool(false)),
            ]),
            None,
        ),
        case(
            or(vec![
                sequence(vec![capture("a"), star(Some("b")), wildcard()]),
                sequence(vec![capture("c"), star(None)]),
            ]),
            None,
        ),
        case(
            pattern(PatternKind::MatchMapping {
                keys: vec![text("k"), int(2)],
                patterns: vec![capture("v"), capture("w")],
                rest: Some("rest".into()),
            }),
            None,
        ),
        case(
            pattern(PatternKind::MatchClass {
                cls: Box::new(load("P")),
                patterns: vec![match_value(int(1)), capture("q")],
                kwd_attrs: vec!["r".into()],
                kwd_patterns: vec![pattern(PatternKind::MatchAs {
                    pattern: Some(Box::new(capture("s"))),
                    name: Some("t".into()),
                })],
            }),
            Some(load("g")),
        ),
        case(wildcard(), None),
    ];
    let tree = dump(vec![stmt(StmtKind::Match {
        subject: Box::new(load("x")),
        cases,
    })]);
    assert_eq!(
        tree,
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='b'), MatchAs()]), MatchSequence(patterns=[MatchAs(name='c'), MatchStar()])]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k'), Constant(value=2)], patterns=[MatchAs(name='v'), MatchAs(name='w')], rest='rest'), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='P', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='q')], kwd_attrs=['r'], kwd_patterns=[MatchAs(pattern=MatchAs(name='s'), name='t')]), guard=Name(id='g', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"
    );
}

/// `'\ud800a\n'; b'\x00'`: a str holding a lone surrogate, and bytes.
#[test]
fn surrogates_and_escapes() {
    let tree = dump(vec![
        expr_stmt(constant(Constant::Str(PyStr::CodePoints(vec![
            0xD800, 0x61, 0x0A,
        ])))),
        expr_stmt(constant(Constant::Bytes(vec![0]))),
    ]);
    assert_eq!(
        tree,
        r"Module(body=[Expr(value=Constant(value='\ud800a\n')), Expr(value=Constant(value=b'\x00'))], type_ignores=[])"
    );
}

/// `ñame = λ`
#[test]
fn unicode_identifiers() {
    let tree = dump(vec![stmt(StmtKind::Assign {
        targets: vec![store("ñame")],
        value: Box::new(load("λ")),
    })]);
    assert_eq!(
        tree,
        "Module(body=[Assign(targets=[Name(id='ñame', ctx=Store())], value=Name(id='λ', ctx=Load()))], type_ignores=[])"
    );
}

/// `x=1 # type: ignore[foo]` parsed with `type_comments=True`.
#[test]
fn type_ignores() {
    let tree = dump_module(&Module {
        body: vec![stmt(StmtKind::Assign {
            targets: vec![store("x")],
            value: Box::new(int(1)),
        })],
        type_ignores: vec![TypeIgnore {
            lineno: 1,
            tag: "[foo]".into(),
        }],
    });
    assert_eq!(
        tree,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[TypeIgnore(lineno=1, tag='[foo]')])"
    );
}

/// `-x ** 2` parsed with `mode='eval'`, dumping the body.
#[test]
fn expression_alone() {
    let tree = unary(UnaryOp::USub, binop(load("x"), Operator::Pow, int(2)));
    assert_eq!(
        dump_expr(&tree),
        "UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=Constant(value=2)))"
    );
}

/// A chain of 200 000 `not` is far deeper than the Rust stack could
/// recurse; the dump must still print it.
#[test]
fn very_deep_tree_does_not_recurse() {
    const DEPTH: usize = 200_000;
    let mut tree = load("x");
    for _ in 0..DEPTH {
        tree = unary(UnaryOp::Not, tree);
    }
    let dumped = dump_expr(&tree);
    // Take the chain apart one level at a time before any assertion can
    // fail: dropping it whole would recurse once per level.
    while let ExprKind::UnaryOp { operand, .. } = tree.kind {
        tree = *operand;
    }
    let expected = format!(
        "{}Name(id='x', ctx=Load()){}",
        "UnaryOp(op=Not(), operand=".repeat(DEPTH),
        ")".repeat(DEPTH)
    );
    assert!(dumped == expected);
}
