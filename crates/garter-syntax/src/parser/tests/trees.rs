//! Whole-module parses compared with what CPython 3.11's `ast.dump`
//! prints for the same source.

use crate::ast::dump::dump_module;
use crate::parse_module;

/// `(source, CPython's ast.dump of it)`.
const CASES: &[(&str, &str)] = &[
    (
        "match x:\n    case 1: pass\n    case [a, *b] if b: y = 1\n    case _: pass\ncase = 1\nmatch = case\n",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='b')]), guard=Name(id='b', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1))]), match_case(pattern=MatchAs(), body=[Pass()])]), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='match', ctx=Store())], value=Name(id='case', ctx=Load()))], type_ignores=[])",
    ),
    (
        "x = 1",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
    ),
    (
        "a, *b = c = d",
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])",
    ),
    (
        "x: int = 1",
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], type_ignores=[])",
    ),
    (
        "(x): int",
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])",
    ),
    (
        "a.b += 1",
        "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])",
    ),
    (
        "del a[0], (b, c)",
        "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Name(id='b', ctx=Del()), Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])",
    ),
    (
        "def f(a, /, b=1, *args, c, d=2, **kw) -> r: pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], returns=Name(id='r', ctx=Load()))], type_ignores=[])",
    ),
    (
        "lambda x, *, y=1: x",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[arg(arg='y')], kw_defaults=[Constant(value=1)], defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])",
    ),
    (
        "@d\nasync def f():\n    async with a as (b, c), d:\n        await e\n    async for i in j:\n        yield i",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()))], body=[Expr(value=Await(value=Name(id='e', ctx=Load())))]), AsyncFor(target=Name(id='i', ctx=Store()), iter=Name(id='j', ctx=Load()), body=[Expr(value=Yield(value=Name(id='i', ctx=Load())))], orelse=[])], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])",
    ),
    (
        "class A(B, *c, metaclass=M, **k): pass",
        "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='k', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])",
    ),
    (
        "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
        "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])",
    ),
    (
        "for x, in y:\n    break\nelse:\n    continue",
        "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])",
    ),
    (
        "while x := f():\n    pass",
        "Module(body=[While(test=NamedExpr(target=Name(id='x', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ignores=[])",
    ),
    (
        "try:\n    pass\nexcept* E as e:\n    raise X from e",
        "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))])], orelse=[], finalbody=[])], type_ignores=[])",
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])",
    ),
    (
        "with (a as b, c):\n    pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])",
    ),
    (
        "with (a, b):\n    pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])",
    ),
    (
        "from ...a.b import c as d, e",
        "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=3)], type_ignores=[])",
    ),
    (
        "from . import (x, y,)",
        "Module(body=[ImportFrom(names=[alias(name='x'), alias(name='y')], level=1)], type_ignores=[])",
    ),
    (
        "import os.path as p, sys",
        "Module(body=[Import(names=[alias(name='os.path', asname='p'), alias(name='sys')])], type_ignores=[])",
    ),
    (
        "global a, b\nnonlocal c",
        "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])",
    ),
    (
        "assert x, 'm'",
        "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[])",
    ),
    (
        "return *a, b",
        "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])",
    ),
    (
        "a[1:2, ::3, *b]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])",
    ),
    (
        "a[*b]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])",
    ),
    (
        "f(x for x in y)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])",
    ),
    (
        "[x async for x in y if x if not x]",
        "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=1)]))], type_ignores=[])",
    ),
    (
        "{k: v for k, v in d}",
        "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])",
    ),
    (
        "{a, *b}",
        "Module(body=[Expr(value=Set(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())]))], type_ignores=[])",
    ),
    (
        "{**a, 'b': 1}",
        "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[])",
    ),
    (
        "a < b <= c is not d not in e",
        "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])",
    ),
    (
        "not a and b or c",
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])",
    ),
    (
        "x if y else z",
        "Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))], type_ignores=[])",
    ),
    (
        "-a ** -b",
        "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])",
    ),
    (
        "await x",
        "Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[])",
    ),
    (
        "x = yield",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])",
    ),
    (
        "x = yield from y",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='y', ctx=Load())))], type_ignores=[])",
    ),
    (
        "'a' 'b'",
        "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])",
    ),
    (
        "...",
        "Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])",
    ),
    (
        "match p:\n    case {'a': 1, **rest} | [1, *_] | Point(x=0) | -1+2j | None | a.b:\n        pass\n    case (a, b) if a > b:\n        pass\n    case x, *y:\n        pass\n    case C(1, k=v) as z:\n        pass\n    case _:\n        pass",
        "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchMapping(keys=[Constant(value='a')], patterns=[MatchValue(value=Constant(value=1))], rest='rest'), MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar()]), MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0))]), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), MatchSingleton(value=None), MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), guard=Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Name(id='b', ctx=Load())]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='x'), MatchStar(name='y')]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['k'], kwd_patterns=[MatchAs(name='v')]), name='z'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])",
    ),
];

#[test]
fn trees_match_cpython() {
    for (source, expected) in CASES {
        let module = parse_module(source).unwrap_or_else(|err| panic!("{source:?}: {err:?}"));
        assert_eq!(&dump_module(&module), expected, "source: {source:?}");
    }
}
