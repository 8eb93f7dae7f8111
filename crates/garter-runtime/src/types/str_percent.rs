//! `str % values` (`__mod__`, `__rmod__`): CPython 3.11's
//! `PyUnicode_Format` driver. `crate::format::percent` parses the format
//! and renders each conversion; this file fetches the values (from a
//! tuple, a single value or a mapping, with CPython's bookkeeping of
//! which were used), converts them as each conversion requires and raises
//! CPython's errors.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::format::number::code_point_char;
use crate::format::percent::{
    format_requires_mapping, parse_percent, render_char, render_float, render_int, render_str,
    unsupported_format_character, PercentConversion, PercentCount, PercentErrorKind, PercentFormat,
    PercentPiece,
};
use crate::object::Payload;
use crate::types::float::{as_f64, coerce_f64};
use crate::types::int::{as_bigint, int_from_value};
use crate::types::str_args::{ascii_of, check_size, is_exact_str, slot};
use crate::types::str_format::num_error;
use crate::types::tuple::tuple_items;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// The values a format consumes, as CPython tracks them: a tuple's items
/// by index, or one value (`len == -1`) used once.
struct Values<'a> {
    vm: &'a Vm,
    current: Value,
    len: i64,
    next: i64,
    /// The right operand when it is a mapping (`%(key)s` looks up in it).
    mapping: Option<Value>,
}

impl Values<'_> {
    fn next_value(&mut self) -> PyResult<Value> {
        if self.next >= self.len {
            return Err(self
                .vm
                .type_error("not enough arguments for format string".into()));
        }
        let index = self.next;
        self.next += 1;
        if self.len < 0 {
            return Ok(self.current.clone());
        }
        let items = tuple_items(&self.current).unwrap_or_default();
        Ok(usize::try_from(index)
            .ok()
            .and_then(|i| items.get(i))
            .cloned()
            .unwrap_or(Value::None))
    }

    /// The value of a `*` width or precision.
    fn star(&mut self, what: CInt) -> PyResult<i64> {
        let vm = self.vm;
        let v = self.next_value()?;
        let Some(n) = int_value(&v) else {
            return Err(vm.type_error("* wants int".into()));
        };
        let fits = match what {
            CInt::Size => n.to_i64(),
            CInt::Int => n.to_i32().map(i64::from),
        };
        fits.ok_or_else(|| {
            vm.overflow_error(format!(
                "Python int too large to convert to C {}",
                what.name()
            ))
        })
    }

    fn unused_left(&self) -> bool {
        self.next < self.len
    }
}

/// The C type a `*` argument is read as.
#[derive(Clone, Copy)]
enum CInt {
    Size,
    Int,
}

impl CInt {
    fn name(self) -> &'static str {
        match self {
            CInt::Size => "ssize_t",
            CInt::Int => "int",
        }
    }
}

/// An int's (or int subclass instance's) value.
fn int_value(v: &Value) -> Option<num_bigint::BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some(i64::from(*b).into()),
        _ => as_bigint(v).map(|b| b.into_owned()),
    }
}

fn class_has(vm: &Vm, v: &Value, d: Dunder) -> bool {
    vm.class_of(v).as_type().and_then(|t| t.dunder(d)).is_some()
}

/// CPython's `PyNumber_Check`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.payload(), Some(Payload::Complex { .. }))
        || [Dunder::Index, Dunder::Int, Dunder::Float]
            .into_iter()
            .any(|d| class_has(vm, v, d))
}

/// The int `%d`/`%x`... formats: `int(v)` (`__index__` for `o`, `x`,
/// `X`), or CPython's TypeError for anything that is not a number.
pub(crate) fn integer_operand(
    vm: &Vm,
    v: &Value,
    conversion: char,
) -> PyResult<num_bigint::BigInt> {
    if let Some(n) = int_value(v) {
        return Ok(n);
    }
    let wrong_type = || {
        let required = if matches!(conversion, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        vm.type_error(format!(
            "%{conversion} format: {required}, not {}",
            vm.type_name_of(v)
        ))
    };
    if !is_number(vm, v) {
        return Err(wrong_type());
    }
    let converted = if matches!(conversion, 'o' | 'x' | 'X') {
        vm.index_object(v)
    } else {
        int_from_value(vm, v)
    };
    match converted {
        Ok(n) => Ok(int_value(&n).unwrap_or_default()),
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => Err(wrong_type()),
        Err(e) => Err(e),
    }
}

/// The float `%f`/`%e`/`%g` formats: CPython's `PyFloat_AsDouble`.
pub(crate) fn float_operand(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = coerce_f64(vm, v)? {
        return Ok(f);
    }
    if let Some(r) = vm.call_dunder(v, Dunder::Float, &[])? {
        return as_f64(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name_of(v),
                vm.type_name_of(&r)
            ))
        });
    }
    if class_has(vm, v, Dunder::Index) {
        let n = vm.index_object(v)?;
        if let Some(f) = coerce_f64(vm, &n)? {
            return Ok(f);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name_of(v))))
}

/// The character `%c` formats: a one-character str or an int code.
fn char_operand(vm: &Vm, v: &Value) -> PyResult<char> {
    let requires = || vm.type_error("%c requires int or char".into());
    if let Some(s) = v.as_str() {
        let mut chars = s.as_str().chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(requires()),
        };
    }
    if int_value(v).is_none() && !class_has(vm, v, Dunder::Index) {
        return Err(requires());
    }
    let n = int_value(&vm.index_object(v)?).unwrap_or_default();
    let code = n.to_i64().unwrap_or(-1);
    code_point_char(code).map_err(|e| num_error(vm, e))
}

/// The text `%s`, `%r` and `%a` format.
fn text_operand(vm: &Vm, v: &Value, conversion: char) -> PyResult<String> {
    match conversion {
        's' if is_exact_str(vm, v) => Ok(v.as_str().map_or("", |s| s.as_str()).to_string()),
        's' => vm.str_string(v),
        'r' => vm.repr_string(v),
        _ => ascii_of(vm, v),
    }
}

/// Renders one conversion of `value`.
fn render(
    vm: &Vm,
    conversion: &PercentConversion,
    format: &PercentFormat,
    value: &Value,
) -> PyResult<String> {
    let digits = format.precision.unwrap_or(0).saturating_add(32);
    let fits = |extra: usize| check_size(vm, format.width.max(extra));
    match conversion.conversion {
        c @ ('s' | 'r' | 'a') => {
            let text = text_operand(vm, value, c)?;
            fits(0)?;
            Ok(render_str(&text, format))
        }
        'd' | 'i' | 'u' if matches!(value, Value::Int(_)) => {
            fits(digits)?;
            Ok(render_machine_decimal(value, format))
        }
        c @ ('d' | 'i' | 'u' | 'o' | 'x' | 'X') => {
            let n = integer_operand(vm, value, c)?;
            fits(digits)?;
            render_int(&n, format).map_err(|e| num_error(vm, e))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_operand(vm, value)?;
            fits(digits)?;
            Ok(render_float(x, format))
        }
        'c' => {
            let c = char_operand(vm, value)?;
            fits(0)?;
            Ok(render_char(c, format))
        }
        other => Err(num_error(
            vm,
            unsupported_format_character(other, conversion.index),
        )),
    }
}

/// `%d`/`%i`/`%u` of an exact int that fits a machine word, as
/// `render_int` renders it but with the digits made straight from the
/// `i64` instead of through a big integer: precision zeros, then the
/// sign, then the width's padding (spaces, or zeros after the sign with
/// the `0` flag, or trailing spaces with `-`).
pub fn render_machine_decimal(value: &Value, format: &PercentFormat) -> String {
    let Value::Int(i) = value else {
        return String::new();
    };
    let mut buffer = [0u8; 20];
    let magnitude = decimal_digits(i.unsigned_abs(), &mut buffer);
    let zeros = format
        .precision
        .unwrap_or(0)
        .saturating_sub(magnitude.len());
    let sign = if *i < 0 {
        "-"
    } else if format.flags.sign {
        "+"
    } else if format.flags.blank {
        " "
    } else {
        ""
    };
    let used = sign.len() + zeros + magnitude.len();
    let padding = format.width.saturating_sub(used);
    let mut out = String::with_capacity(used + padding);
    let spaces_first = !format.flags.left && !format.flags.zero;
    if spaces_first {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out.push_str(sign);
    if format.flags.zero && !format.flags.left {
        out.extend(std::iter::repeat_n('0', padding));
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(magnitude);
    if format.flags.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out
}

/// The decimal digits of `n`, written at the end of `buffer` (20 bytes
/// hold every u64).
fn decimal_digits(mut n: u64, buffer: &mut [u8; 20]) -> &str {
    let mut start = buffer.len();
    while let Some(slot) = start.checked_sub(1).and_then(|at| buffer.get_mut(at)) {
        *slot = b'0' + (n % 10) as u8;
        start -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(buffer.get(start..).unwrap_or_default()).unwrap_or_default()
}

/// The position after the pieces parsed so far, to find the `(key)` of
/// a spec that fails to parse (CPython looks the key up before it finds
/// the spec incomplete).
struct Cursor<'f> {
    format: &'f str,
    chars: usize,
    bytes: usize,
}

impl<'f> Cursor<'f> {
    fn after_literal(&mut self, text: &str) {
        let rest = self.format.get(self.bytes..).unwrap_or_default();
        if text == "%" && rest.starts_with("%%") {
            self.bytes += 2;
            self.chars += 2;
        } else {
            self.bytes += text.len();
            self.chars += text.chars().count();
        }
    }

    /// Moves past a conversion whose conversion character is at `index`.
    fn after_conversion(&mut self, index: usize) {
        let target = index + 1;
        let rest = self.format.get(self.bytes..).unwrap_or_default();
        let skip = target.saturating_sub(self.chars);
        self.bytes += rest
            .char_indices()
            .nth(skip)
            .map_or(rest.len(), |(at, _)| at);
        self.chars = target;
    }

    /// The complete `(key)` of the spec starting here, if it has one.
    fn pending_key(&self) -> Option<&'f str> {
        let rest = self.format.get(self.bytes..)?.strip_prefix("%(")?;
        let mut depth = 1;
        for (at, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return rest.get(..at);
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// Looks up a spec's `(key)` in the mapping (a bytes key when `what` is
/// "bytes"); the value becomes the one the spec formats.
fn use_key(vm: &Vm, state: &mut Values, key: &str, what: &str) -> PyResult<()> {
    let Some(mapping) = &state.mapping else {
        return Err(num_error(vm, format_requires_mapping()));
    };
    let key = if what == "bytes" {
        crate::types::bytes::new_bytes(vm, key.chars().map(|c| u32::from(c) as u8).collect())
    } else {
        vm.new_str(key.to_string())
    };
    state.current = vm.get_item(mapping, &key)?;
    state.len = -1;
    state.next = -2;
    Ok(())
}

/// `format % values`.
pub fn percent_format(vm: &Vm, format: &str, values: &Value) -> PyResult<Value> {
    Ok(vm.new_str(percent_driver(vm, format, values, "string", &render)?))
}

/// Renders one conversion of a value for [`percent_driver`].
pub type PercentRender =
    dyn Fn(&Vm, &PercentConversion, &PercentFormat, &Value) -> PyResult<String>;

/// The `%` driver shared by str and bytes formatting (`what` is "string"
/// or "bytes"); `render` converts each value.
pub fn percent_driver(
    vm: &Vm,
    format: &str,
    values: &Value,
    what: &str,
    render: &PercentRender,
) -> PyResult<String> {
    let is_tuple = tuple_items(values).is_some();
    let own_type = values.as_str().is_some()
        || (what == "bytes"
            && matches!(
                values.payload(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_))
            ));
    let mapping =
        (!is_tuple && !own_type && class_has(vm, values, Dunder::GetItem)).then(|| values.clone());
    let mut state = Values {
        vm,
        current: values.clone(),
        len: match tuple_items(values) {
            Some(items) => items.len() as i64,
            None => -1,
        },
        next: if is_tuple { 0 } else { -2 },
        mapping,
    };
    let mut out = String::with_capacity(format.len());
    if let Some(parsed) = parsed_format(format) {
        for piece in parsed.pieces.iter() {
            match piece {
                ParsedPiece::Literal(text) => out.push_str(text),
                ParsedPiece::Conversion(conversion) => {
                    apply_conversion(&mut state, conversion, what, render, &mut out)?
                }
            }
        }
        return finish(state, what, out);
    }
    let mut cursor = Cursor {
        format,
        chars: 0,
        bytes: 0,
    };
    for piece in parse_percent(format) {
        let conversion = match piece {
            Ok(PercentPiece::Literal(text)) => {
                out.push_str(text);
                cursor.after_literal(text);
                continue;
            }
            Ok(PercentPiece::Conversion(conversion)) => conversion,
            Err(error) => {
                if error.kind == PercentErrorKind::IncompleteKey && state.mapping.is_none() {
                    return Err(num_error(vm, format_requires_mapping()));
                }
                if let Some(key) = cursor.pending_key() {
                    use_key(vm, &mut state, key, what)?;
                }
                for _ in 0..error.star_args_before {
                    state.star(CInt::Size)?;
                }
                return Err(num_error(vm, error.to_error()));
            }
        };
        cursor.after_conversion(conversion.index);
        apply_conversion(&mut state, &conversion, what, render, &mut out)?;
    }
    finish(state, what, out)
}

/// One conversion: its key, `*` arguments and value taken from `state`,
/// rendered onto `out`.
fn apply_conversion(
    state: &mut Values,
    conversion: &PercentConversion,
    what: &str,
    render: &PercentRender,
    out: &mut String,
) -> PyResult<()> {
    let vm = state.vm;
    if let Some(key) = &conversion.key {
        use_key(vm, state, key, what)?;
    }
    let star_width = match conversion.width {
        PercentCount::Star => Some(state.star(CInt::Size)?),
        _ => None,
    };
    let star_precision = match conversion.precision {
        PercentCount::Star => Some(state.star(CInt::Int)?),
        _ => None,
    };
    let resolved = conversion.resolve(star_width, star_precision);
    let value = state.next_value()?;
    out.push_str(&render(vm, conversion, &resolved, &value)?);
    check_size(vm, out.len())?;
    if state.mapping.is_some() && state.unused_left() {
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(())
}

/// The formatted text, or CPython's error when values are left over.
fn finish(state: Values, what: &str, out: String) -> PyResult<String> {
    if state.unused_left() && state.mapping.is_none() {
        return Err(state.vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// Formats longer than this are not kept in [`LAST_FORMAT`].
const CACHED_FORMAT_MAX: usize = 256;

/// A piece of a parsed format, owning its text.
enum ParsedPiece {
    Literal(Box<str>),
    Conversion(PercentConversion),
}

/// A format string that parses without an error, with its pieces.
struct ParsedFormat {
    format: Box<str>,
    pieces: Box<[ParsedPiece]>,
}

thread_local! {
    /// The last format `%` parsed: loops format with the same string
    /// over and over, and its pieces do not change.
    static LAST_FORMAT: RefCell<Option<Rc<ParsedFormat>>> = const { RefCell::new(None) };
}

/// The pieces of `format` when it parses without an error (from
/// [`LAST_FORMAT`] when it is the format parsed last). A format with a
/// parse error gets `None`: the streaming driver then raises its errors
/// in CPython's order. Iterating the pieces is the same as iterating
/// the parser, which is pure.
fn parsed_format(format: &str) -> Option<Rc<ParsedFormat>> {
    if format.len() > CACHED_FORMAT_MAX {
        return None;
    }
    let last = LAST_FORMAT.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|parsed| &*parsed.format == format)
            .cloned()
    });
    if last.is_some() {
        return last;
    }
    let mut pieces = Vec::new();
    for piece in parse_percent(format) {
        pieces.push(match piece.ok()? {
            PercentPiece::Literal(text) => ParsedPiece::Literal(text.into()),
            PercentPiece::Conversion(conversion) => ParsedPiece::Conversion(conversion),
        });
    }
    let parsed = Rc::new(ParsedFormat {
        format: format.into(),
        pieces: pieces.into(),
    });
    LAST_FORMAT.with(|last| *last.borrow_mut() = Some(parsed.clone()));
    Some(parsed)
}

fn str_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, a) = slot(vm, &args, "__mod__", 1)?;
    percent_format(vm, this.as_str(), &a[0])
}

/// `other % self`: only when `other` is a str too.
fn str_rmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, a) = slot(vm, &args, "__rmod__", 1)?;
    match a[0].as_str() {
        Some(format) => percent_format(vm, format.as_str(), &args.values[0]),
        None => Ok(vm.not_implemented.clone()),
    }
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__mod__", str_mod),
    MethodDef::method("__rmod__", str_rmod),
];
