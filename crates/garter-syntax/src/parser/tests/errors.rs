//! Syntax errors compared with what CPython 3.11 reports for the same
//! source: class, message, and 1-based line and column of both ends.

use crate::{parse_module, LineIndex};

/// One case a line, tab-separated: the source (with `\n` and `\t`
/// escapes), CPython's class, its message, then `lineno offset end_lineno
/// end_offset`.
const CASES: &str = r#"
1 = x	SyntaxError	cannot assign to literal here. Maybe you meant '==' instead of '='?	1 1 1 2
f() = x	SyntaxError	cannot assign to function call here. Maybe you meant '==' instead of '='?	1 1 1 4
a + b = x	SyntaxError	cannot assign to expression here. Maybe you meant '==' instead of '='?	1 1 1 6
(a, 1) = x	SyntaxError	cannot assign to literal	1 5 1 6
[a, f()] = x	SyntaxError	cannot assign to function call	1 5 1 8
for 1 in x: pass	SyntaxError	cannot assign to literal	1 5 1 6
for f() in x: pass	SyntaxError	cannot assign to function call	1 5 1 8
with a as 1: pass	SyntaxError	cannot assign to literal	1 11 1 12
[x for 1 in y]	SyntaxError	cannot assign to literal	1 8 1 9
del 1	SyntaxError	cannot delete literal	1 5 1 6
del f()	SyntaxError	cannot delete function call	1 5 1 8
del (a, 1)	SyntaxError	cannot delete literal	1 9 1 10
1 += 1	SyntaxError	'literal' is an illegal expression for augmented assignment	1 1 1 2
(a, b) += 1	SyntaxError	'tuple' is an illegal expression for augmented assignment	1 1 1 7
a, b: int	SyntaxError	only single target (not tuple) can be annotated	1 1 1 2
[a]: int	SyntaxError	only single target (not list) can be annotated	1 1 1 4
f(): int	SyntaxError	illegal target for annotation	1 1 1 4
None = 1	SyntaxError	cannot assign to None	1 1 1 5
... = 1	SyntaxError	cannot assign to ellipsis here. Maybe you meant '==' instead of '='?	1 1 1 4
lambda: 1 = 1	SyntaxError	cannot assign to lambda	1 1 1 10
(yield) = 1	SyntaxError	cannot assign to yield expression here. Maybe you meant '==' instead of '='?	1 2 1 7
(x := 1) = 2	SyntaxError	cannot assign to named expression here. Maybe you meant '==' instead of '='?	1 2 1 8
{a} = 1	SyntaxError	cannot assign to set display here. Maybe you meant '==' instead of '='?	1 1 1 4
f'{x}' = 1	SyntaxError	cannot assign to f-string expression here. Maybe you meant '==' instead of '='?	1 1 1 7
a < b = 1	SyntaxError	cannot assign to comparison	1 1 1 6
not a = 1	SyntaxError	cannot assign to expression	1 1 1 6
-a = 1	SyntaxError	cannot assign to expression here. Maybe you meant '==' instead of '='?	1 1 1 3
del *a	SyntaxError	cannot delete starred	1 5 1 7
x = 1 = 2	SyntaxError	cannot assign to literal	1 5 1 6
f(a.b=1)	SyntaxError	expression cannot contain assignment, perhaps you meant "=="?	1 3 1 7
f(True=1)	SyntaxError	cannot assign to True	1 3 1 8
f(a=1, b)	SyntaxError	positional argument follows keyword argument	1 9 1 10
f(**a, b)	SyntaxError	positional argument follows keyword argument unpacking	1 9 1 10
f(**a, *b)	SyntaxError	iterable argument unpacking follows keyword argument unpacking	1 8 1 9
f(x for x in y, 1)	SyntaxError	Generator expression must be parenthesized	1 3 1 15
f(x for x in y,)	SyntaxError	Generator expression must be parenthesized	1 3 1 15
f() = 1, 2	SyntaxError	cannot assign to function call here. Maybe you meant '==' instead of '='?	1 1 1 4
f() = not a	SyntaxError	cannot assign to function call	1 1 1 4
f() = a < b	SyntaxError	cannot assign to function call here. Maybe you meant '==' instead of '='?	1 1 1 4
f() = (yield)	SyntaxError	cannot assign to function call here. Maybe you meant '==' instead of '='?	1 1 1 4
f() = yield	SyntaxError	cannot assign to function call	1 1 1 4
f() = x = 1	SyntaxError	cannot assign to function call	1 1 1 4
(a, b): int	SyntaxError	only single target (not tuple) can be annotated	1 1 1 7
a, : int	SyntaxError	only single target (not tuple) can be annotated	1 1 1 2
*a: int	SyntaxError	invalid syntax	1 3 1 4
def f(a=1, b): pass	SyntaxError	non-default argument follows default argument	1 12 1 13
def f(*): pass	SyntaxError	named arguments must follow bare *	1 7 1 8
def f(*, **k): pass	SyntaxError	named arguments must follow bare *	1 7 1 8
def f(/): pass	SyntaxError	invalid syntax	1 7 1 8
def f(a, /, b, /): pass	SyntaxError	/ may appear only once	1 16 1 17
def f(*a, /): pass	SyntaxError	/ must be ahead of *	1 11 1 12
def f(**k, a): pass	SyntaxError	arguments cannot follow var-keyword argument	1 12 1 13
def f(*a=1): pass	SyntaxError	var-positional argument cannot have default value	1 9 1 10
def f(**k=1): pass	SyntaxError	var-keyword argument cannot have default value	1 10 1 11
def f(*a, *b): pass	SyntaxError	* argument may appear only once	1 11 1 12
lambda *: 1	SyntaxError	named arguments must follow bare *	1 9 1 10
class A(x for x in y): pass	SyntaxError	invalid syntax	1 11 1 14
(*a)	SyntaxError	cannot use starred expression here	1 2 1 4
print 'x'	SyntaxError	Missing parentheses in call to 'print'. Did you mean print(...)?	1 1 1 10
except* E: pass	SyntaxError	invalid syntax	1 1 1 7
def f(/, a): pass	SyntaxError	at least one argument must precede /	1 7 1 8
def f(*, *c): pass	SyntaxError	* argument may appear only once	1 10 1 11
if x:\npass	IndentationError	expected an indented block after 'if' statement on line 1	2 1 2 5
def f():\npass	IndentationError	expected an indented block after function definition on line 1	2 1 2 5
class A:\npass	IndentationError	expected an indented block after class definition on line 1	2 1 2 5
try:\n  pass\nexcept:\npass	IndentationError	expected an indented block after 'except' statement on line 3	4 1 4 5
if a:\n  pass\nelif b:\npass	IndentationError	expected an indented block after 'elif' statement on line 3	4 1 4 5
try:\n  pass\nexcept* E:\npass	IndentationError	expected an indented block after 'except*' statement on line 3	4 1 4 5
if x\n  pass	SyntaxError	expected ':'	1 5 1 5
if x pass	SyntaxError	invalid syntax	1 6 1 10
def f()\n  pass	SyntaxError	expected ':'	1 8 1 8
x = (1 2)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 6 1 9
f(a b)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 3 1 6
[a b]	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 2 1 5
x y	SyntaxError	invalid syntax	1 3 1 4
a = 1 2	SyntaxError	invalid syntax	1 7 1 8
{1: 2 3: 4}	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 5 1 8
x = = 1	SyntaxError	invalid syntax	1 5 1 6
else: pass	SyntaxError	invalid syntax	1 1 1 5
f(a for)	SyntaxError	invalid syntax	1 8 1 9
x +	SyntaxError	invalid syntax	1 4 1 4
import	SyntaxError	invalid syntax	1 7 1 7
lambda x	SyntaxError	invalid syntax	1 9 1 9
try:\n  pass\nx = 1	SyntaxError	expected 'except' or 'finally' block	3 1 3 2
f(a b.c(1)[2] d)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 3 1 14
(a + b c)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 2 1 9
[x for x in y z]	SyntaxError	invalid syntax	1 15 1 16
if x = 1: pass	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	1 4 1 9
if f() = 1: pass	SyntaxError	cannot assign to function call here. Maybe you meant '==' instead of '='?	1 4 1 7
while x = 1: pass	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	1 7 1 12
f(a, b c)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 6 1 9
x = [1, 2 3]	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 9 1 12
[a = 1]	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	1 2 1 7
if x.y = 1: pass	SyntaxError	cannot assign to attribute here. Maybe you meant '==' instead of '='?	1 4 1 7
if x = 1 = 2: pass	SyntaxError	invalid syntax	1 6 1 7
if x = y + 1: pass	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	1 4 1 13
if 1 = x: pass	SyntaxError	cannot assign to literal here. Maybe you meant '==' instead of '='?	1 4 1 5
assert x = 1	SyntaxError	invalid syntax	1 10 1 11
if (x = 1): pass	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	1 5 1 10
lambda *, **k: 1	SyntaxError	named arguments must follow bare *	1 11 1 13
lambda *,: 1	SyntaxError	named arguments must follow bare *	1 10 1 11
print 'x' % y, z	SyntaxError	Missing parentheses in call to 'print'. Did you mean print(...)?	1 1 1 17
x = print 'a'	SyntaxError	Missing parentheses in call to 'print'. Did you mean print(...)?	1 5 1 14
exec 'x'	SyntaxError	Missing parentheses in call to 'exec'. Did you mean exec(...)?	1 1 1 9
class A(x for x in y, z): pass	SyntaxError	Generator expression must be parenthesized	1 9 1 21
f(a, *)	SyntaxError	invalid syntax	1 7 1 8
def f(a=): pass	SyntaxError	expected default value expression	1 8 1 9
import a,	SyntaxError	invalid syntax	1 10 1 10
f(a=)	SyntaxError	invalid syntax	1 5 1 6
lambda a=: 1	SyntaxError	invalid syntax	1 10 1 11
if x = 1:\n    pass	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	1 4 1 9
a.b.c = 1 2	SyntaxError	invalid syntax	1 11 1 12
x = 1 +	SyntaxError	invalid syntax	1 8 1 8
def f(x):\n  return x +	SyntaxError	invalid syntax	2 13 2 13
@dec\nx = 1	SyntaxError	invalid syntax	2 1 2 2
class A(B, C D): pass	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 12 1 15
from x import a,	SyntaxError	trailing comma not allowed without surrounding parentheses	1 17 1 17
import a.b as	SyntaxError	invalid syntax	1 14 1 14
with a as b c: pass	SyntaxError	invalid syntax	1 13 1 14
try:\n  x\nexcept A, B:\n  pass	SyntaxError	multiple exception types must be parenthesized	3 8 3 12
f'{x'	SyntaxError	f-string: expecting '}'	1 6 1 6
x = 'abc	SyntaxError	unterminated string literal (detected at line 1)	1 5 1 5
a = 1; b = 2 3	SyntaxError	invalid syntax	1 14 1 15
x = [\n1,\n2\n3]	SyntaxError	invalid syntax. Perhaps you forgot a comma?	3 1 4 2
def f[T](): pass	SyntaxError	expected '('	1 6 1 7
x = 5 if y	SyntaxError	expected 'else' after 'if' expression	1 5 1 11
x = {**}	SyntaxError	invalid syntax	1 8 1 9
async x = 1	SyntaxError	invalid syntax	1 7 1 8
nonlocal	SyntaxError	invalid syntax	1 9 1 9
global x y	SyntaxError	invalid syntax	1 10 1 11
del	SyntaxError	invalid syntax	1 4 1 4
raise from x	SyntaxError	invalid syntax	1 7 1 11
return *	SyntaxError	invalid syntax	1 9 1 9
yield = 1	SyntaxError	assignment to yield expression not possible	1 1 1 6
a[1:2:3:4]	SyntaxError	invalid syntax	1 8 1 9
a.1	SyntaxError	invalid syntax	1 2 1 4
1.a	SyntaxError	invalid decimal literal	1 2 1 2
f(**)	SyntaxError	invalid syntax	1 5 1 6
f(*)	SyntaxError	invalid syntax	1 4 1 5
x = *	SyntaxError	invalid syntax	1 6 1 6
del x,,	SyntaxError	invalid syntax	1 7 1 8
for in x: pass	SyntaxError	invalid syntax	1 5 1 7
while: pass	SyntaxError	invalid syntax	1 6 1 7
if: pass	SyntaxError	invalid syntax	1 3 1 4
with: pass	SyntaxError	invalid syntax	1 5 1 6
def (): pass	SyntaxError	invalid syntax	1 5 1 6
class: pass	SyntaxError	invalid syntax	1 6 1 7
import *	SyntaxError	invalid syntax	1 8 1 9
from . import	SyntaxError	invalid syntax	1 14 1 14
lambda: yield	SyntaxError	invalid syntax	1 9 1 14
x = yield = 1	SyntaxError	assignment to yield expression not possible	1 5 1 10
x = (yield) = 1	SyntaxError	cannot assign to yield expression	1 6 1 11
x = 1 if y else	SyntaxError	invalid syntax	1 16 1 16
try:\n  x\nexcept A, B as e:\n  pass	SyntaxError	multiple exception types must be parenthesized	3 8 3 17
try:\n  x\nexcept* A, B:\n  pass	SyntaxError	multiple exception types must be parenthesized	3 9 3 13
f(a b c	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 3 1 6
if x = 1 = 2: pass\n)	SyntaxError	unmatched ')'	2 1 2 1
1 = 2\n)	SyntaxError	unmatched ')'	2 1 2 1
x = 1 +\n	SyntaxError	invalid syntax	1 8 1 8
def f(:\n pass	SyntaxError	invalid syntax	1 7 1 8
class A(:\n pass	SyntaxError	invalid syntax	1 9 1 10
for x in y:\npass	IndentationError	expected an indented block after 'for' statement on line 1	2 1 2 5
a = (1,\n b = 2)	SyntaxError	invalid syntax. Maybe you meant '==' or ':=' instead of '='?	2 2 2 7
f(x for x in y for)	SyntaxError	invalid syntax	1 19 1 20
True = 1	SyntaxError	cannot assign to True	1 1 1 5
a = 1 if 2	SyntaxError	expected 'else' after 'if' expression	1 5 1 11
a = lambda: yield	SyntaxError	invalid syntax	1 13 1 18
import a as b.c	SyntaxError	invalid syntax	1 14 1 15
def f() -> : pass	SyntaxError	expected ':'	1 9 1 11
x = {1 2}	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 6 1 9
x = {'a': 1 'b': 2}	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 11 1 16
f(a, b=1 c)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 8 1 11
[1 for]	SyntaxError	invalid syntax	1 7 1 8
x = [1, 2\ny]	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 9 2 2
x = [1, 2 y = 3	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 9 1 12
def f()1: pass	SyntaxError	expected ':'	1 8 1 9
try 1: pass	SyntaxError	expected ':'	1 5 1 6
if x:\n  pass\nelse 1: pass	SyntaxError	expected ':'	3 6 3 7
def f() -> int 1: pass	SyntaxError	expected ':'	1 16 1 17
class A(B C): pass	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 9 1 12
def f(a b): pass	SyntaxError	invalid syntax	1 9 1 10
[x for f i in y]	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 8 1 16
f(a b c)	SyntaxError	invalid syntax. Perhaps you forgot a comma?	1 3 1 6
f() =	SyntaxError	cannot assign to function call	1 1 1 4
a, f() =	SyntaxError	cannot assign to function call	1 4 1 7
x = f() =	SyntaxError	cannot assign to function call	1 5 1 8
stext.pack(fill=BOTH)=	SyntaxError	cannot assign to function call	1 1 1 22
x =	SyntaxError	invalid syntax	1 4 1 4
"#;

/// Undoes the `\n`, `\t` and `\\` escapes of a case's source.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[test]
fn errors_match_cpython() {
    for case in CASES.lines().filter(|line| !line.is_empty()) {
        let fields: Vec<&str> = case.split('\t').collect();
        let [source, class, msg, position] = fields[..] else {
            panic!("bad case line {case:?}");
        };
        let source = unescape(source);
        let err = match parse_module(&source) {
            Ok(_) => panic!("{source:?} parsed"),
            Err(err) => err,
        };
        let loc = err.location(&LineIndex::new(&source), &source);
        let got = format!(
            "{} {} {} {}",
            loc.lineno, loc.offset, loc.end_lineno, loc.end_offset
        );
        assert_eq!(
            (err.kind.name(), err.msg.as_str(), got.as_str()),
            (class, msg, position),
            "source: {source:?}"
        );
    }
}
