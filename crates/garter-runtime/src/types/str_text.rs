//! `str` methods that transform or classify a whole string: case
//! conversions, the `isX()` predicates, padding (`center`, `ljust`,
//! `rjust`, `zfill`, `expandtabs`), stripping and prefix/suffix removal.
//! The algorithms are `crate::text`'s; this file checks the arguments.

use std::borrow::Cow;

use crate::args::Args;
use crate::error::PyResult;
use crate::text::{case, classes, pad, strip};
use crate::types::str_args::{
    c_int, check_size, clinic, clinic_text_arg, fill_char, no_args, one_arg, same_or_new, ssize,
    text_arg, text_error,
};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

macro_rules! case_methods {
    ($($fname:ident = $name:literal => $algorithm:path;)*) => {
        $(fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            let s = no_args(vm, &args, $name)?;
            let out = $algorithm(s.as_str());
            check_size(vm, out.len())?;
            Ok(vm.new_str(out))
        })*
    };
}

case_methods! {
    str_upper = "upper" => case::upper;
    str_lower = "lower" => case::lower;
    str_casefold = "casefold" => case::casefold;
    str_title = "title" => case::title;
    str_capitalize = "capitalize" => case::capitalize;
    str_swapcase = "swapcase" => case::swapcase;
}

macro_rules! predicate_methods {
    ($($fname:ident = $name:literal => $predicate:path;)*) => {
        $(fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            let s = no_args(vm, &args, $name)?;
            Ok(Value::Bool($predicate(s.as_str())))
        })*
    };
}

predicate_methods! {
    str_isalpha = "isalpha" => classes::isalpha;
    str_isalnum = "isalnum" => classes::isalnum;
    str_isdecimal = "isdecimal" => classes::isdecimal;
    str_isdigit = "isdigit" => classes::isdigit;
    str_isnumeric = "isnumeric" => classes::isnumeric;
    str_isspace = "isspace" => classes::isspace;
    str_isprintable = "isprintable" => classes::isprintable;
    str_isascii = "isascii" => classes::isascii;
    str_isidentifier = "isidentifier" => classes::isidentifier;
    str_islower = "islower" => classes::islower;
    str_isupper = "isupper" => classes::isupper;
    str_istitle = "istitle" => classes::istitle;
}

/// The result of a padding method: the receiver when nothing was added.
fn padded(vm: &Vm, args: &Args, original: &str, out: Cow<'_, str>) -> Value {
    match out {
        Cow::Borrowed(text) => same_or_new(vm, &args.values[0], original, text),
        Cow::Owned(text) => vm.new_str(text),
    }
}

/// Fails with MemoryError before padding `s` to an impossible width.
fn check_width(vm: &Vm, s: &str, width: i64, fill: char) -> PyResult<()> {
    let extra = usize::try_from(width).unwrap_or(0);
    check_size(
        vm,
        extra
            .saturating_mul(fill.len_utf8())
            .saturating_add(s.len()),
    )
}

type PadFn = for<'a> fn(&'a str, i64, char) -> Cow<'a, str>;

fn pad_method(vm: &Vm, args: Args, name: &str, algorithm: PadFn) -> PyResult<Value> {
    let (s, a) = clinic(vm, &args, name, 1, 2)?;
    let width = ssize(vm, &a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    check_width(vm, s.as_str(), width, fill)?;
    Ok(padded(
        vm,
        &args,
        s.as_str(),
        algorithm(s.as_str(), width, fill),
    ))
}

fn str_center(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_method(vm, args, "center", pad::center)
}

fn str_ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_method(vm, args, "ljust", pad::ljust)
}

fn str_rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_method(vm, args, "rjust", pad::rjust)
}

fn str_zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width) = one_arg(vm, &args, "zfill")?;
    let width = ssize(vm, width)?;
    check_width(vm, s.as_str(), width, '0')?;
    Ok(padded(vm, &args, s.as_str(), pad::zfill(s.as_str(), width)))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, [tabsize]) = crate::types::str_args::keywords(vm, &args, "expandtabs", ["tabsize"])?;
    let tabsize = match &tabsize {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    let columns = usize::try_from(tabsize).unwrap_or(0).max(1);
    let tabs = s.as_str().matches('\t').count();
    check_size(
        vm,
        tabs.saturating_mul(columns)
            .saturating_add(s.as_str().len()),
    )?;
    let out = pad::expandtabs(s.as_str(), tabsize).map_err(|e| text_error(vm, e))?;
    Ok(padded(vm, &args, s.as_str(), out))
}

type StripFn = for<'a> fn(&'a str, Option<&str>) -> &'a str;

fn strip_method(vm: &Vm, args: Args, name: &str, algorithm: StripFn) -> PyResult<Value> {
    let (s, a) = clinic(vm, &args, name, 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(text_arg(vm, v, |_| {
            format!("{name} arg must be None or str")
        })?),
    };
    let out = algorithm(s.as_str(), chars);
    Ok(same_or_new(vm, &args.values[0], s.as_str(), out))
}

fn str_strip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "strip", strip::strip)
}

fn str_lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "lstrip", strip::lstrip)
}

fn str_rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "rstrip", strip::rstrip)
}

type AffixFn = for<'a> fn(&'a str, &str) -> &'a str;

fn affix_method(vm: &Vm, args: Args, name: &str, algorithm: AffixFn) -> PyResult<Value> {
    let (s, affix) = one_arg(vm, &args, name)?;
    let affix = clinic_text_arg(vm, affix, |t| {
        format!("{name}() argument must be str, not {t}")
    })?;
    let out = algorithm(s.as_str(), affix);
    Ok(same_or_new(vm, &args.values[0], s.as_str(), out))
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "removeprefix", strip::removeprefix)
}

fn str_removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "removesuffix", strip::removesuffix)
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("upper", str_upper),
    MethodDef::method("lower", str_lower),
    MethodDef::method("casefold", str_casefold),
    MethodDef::method("title", str_title),
    MethodDef::method("capitalize", str_capitalize),
    MethodDef::method("swapcase", str_swapcase),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("isdecimal", str_isdecimal),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isnumeric", str_isnumeric),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("isprintable", str_isprintable),
    MethodDef::method("isascii", str_isascii),
    MethodDef::method("isidentifier", str_isidentifier),
    MethodDef::method("islower", str_islower),
    MethodDef::method("isupper", str_isupper),
    MethodDef::method("istitle", str_istitle),
    MethodDef::method("center", str_center),
    MethodDef::method("ljust", str_ljust),
    MethodDef::method("rjust", str_rjust),
    MethodDef::method("zfill", str_zfill),
    MethodDef::method("expandtabs", str_expandtabs),
    MethodDef::method("strip", str_strip),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("removeprefix", str_removeprefix),
    MethodDef::method("removesuffix", str_removesuffix),
];
