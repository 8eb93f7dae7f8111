//! `str` methods that search a string or cut it at a separator: `find`,
//! `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`,
//! `replace`, `split`, `rsplit`, `splitlines`, `partition` and
//! `rpartition`. The algorithms are `crate::text`'s; this file checks the
//! arguments (slice-like `start`/`end`, tuples of prefixes, counts).

use crate::args::Args;
use crate::error::PyResult;
use crate::text::{search, split};
use crate::types::str::PyStr;
use crate::types::str_args::{
    c_int, check_size, clinic, clinic_text_arg, keywords, one_arg, same_or_new, slice_bound, ssize,
    text_arg, text_error, varargs,
};
use crate::types::tuple::tuple_items;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// The parsed arguments of `find`-like methods: `(sub, start, end)`.
struct Finds<'a> {
    this: &'a PyStr,
    sub: &'a Value,
    start: Option<i64>,
    end: Option<i64>,
}

/// Parses `sub[, start[, end]]` as CPython's `stringlib_parse_args_finds`
/// (the bounds are converted before `sub` is checked).
fn finds<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Finds<'a>> {
    let (this, a) = varargs(vm, args, name, 1, 3)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    Ok(Finds {
        this,
        sub: &a[0],
        start,
        end,
    })
}

fn sub_text<'a>(vm: &Vm, sub: &'a Value) -> PyResult<&'a str> {
    text_arg(vm, sub, |t| format!("must be str, not {t}"))
}

/// `find`/`rfind` on ASCII text, where character and byte indices agree
/// (no scan of the whole string to count characters).
fn ascii_find(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    reverse: bool,
) -> Option<usize> {
    let (start, end) = crate::text::index::adjust_indices(s.len(), start, end);
    if end < start || end - start < sub.len() {
        return None;
    }
    let window = s.get(start..end)?;
    let at = if reverse {
        crate::text::search::rfind_bytes(window.as_bytes(), sub.as_bytes())?
    } else {
        crate::text::search::find_bytes(window.as_bytes(), sub.as_bytes())?
    };
    Some(start + at)
}

/// `find`/`rfind`/`index`/`rindex`: the index found, or -1 / ValueError.
fn find_method(vm: &Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let f = finds(vm, &args, name)?;
    let sub = sub_text(vm, f.sub)?;
    let found = if f.this.is_ascii() && sub.is_ascii() {
        ascii_find(f.this.as_str(), sub, f.start, f.end, reverse)
    } else if reverse {
        search::rfind(f.this.as_str(), sub, f.start, f.end)
    } else {
        search::find(f.this.as_str(), sub, f.start, f.end)
    };
    match found {
        Some(at) => Ok(Value::Int(at as i64)),
        None if raise => Err(vm.value_error("substring not found".into())),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method(vm, args, "find", false, false)
}

fn str_rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method(vm, args, "rfind", true, false)
}

fn str_index(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method(vm, args, "index", false, true)
}

fn str_rindex(vm: &Vm, args: Args) -> PyResult<Value> {
    find_method(vm, args, "rindex", true, true)
}

fn str_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = finds(vm, &args, "count")?;
    let sub = sub_text(vm, f.sub)?;
    let n = search::count(f.this.as_str(), sub, f.start, f.end);
    Ok(Value::Int(n as i64))
}

type AffixTest = fn(&str, &str, Option<i64>, Option<i64>) -> bool;

/// `startswith`/`endswith`: one affix or a tuple of them.
fn affix_method(vm: &Vm, args: Args, name: &str, test: AffixTest) -> PyResult<Value> {
    let f = finds(vm, &args, name)?;
    let s = f.this.as_str();
    if let Some(items) = f.sub.as_obj().and_then(|_| tuple_items(f.sub)) {
        for item in items {
            let affix = text_arg(vm, item, |t| {
                format!("tuple for {name} must only contain str, not {t}")
            })?;
            if test(s, affix, f.start, f.end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let affix = text_arg(vm, f.sub, |t| {
        format!("{name} first arg must be str or a tuple of str, not {t}")
    })?;
    Ok(Value::Bool(test(s, affix, f.start, f.end)))
}

fn str_startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "startswith", search::startswith)
}

fn str_endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "endswith", search::endswith)
}

fn str_replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, a) = clinic(vm, &args, "replace", 2, 3)?;
    let old = clinic_text_arg(vm, &a[0], |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = clinic_text_arg(vm, &a[1], |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = match a.get(2) {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let s = this.as_str();
    if new.len() > old.len() {
        let limit = usize::try_from(count).unwrap_or(usize::MAX);
        let matches = search::count(s, old, None, None).min(limit);
        let growth = matches.saturating_mul(new.len() - old.len());
        check_size(vm, s.len().saturating_add(growth))?;
    }
    let out = search::replace(s, old, new, count);
    if out == s {
        return Ok(same_or_new(vm, &args.values[0], s, &out));
    }
    Ok(vm.new_str(out))
}

fn str_list(vm: &Vm, parts: Vec<&str>) -> Value {
    vm.new_list(
        parts
            .into_iter()
            .map(|p| crate::types::str::new_str_from(vm, p))
            .collect(),
    )
}

type SplitFn =
    for<'a> fn(&'a str, Option<&str>, i64) -> Result<Vec<&'a str>, crate::text::error::TextError>;

fn split_method(vm: &Vm, args: Args, name: &str, algorithm: SplitFn) -> PyResult<Value> {
    let (this, [sep, maxsplit]) = keywords(vm, &args, name, ["sep", "maxsplit"])?;
    let sep = match &sep {
        None | Some(Value::None) => None,
        Some(v) => Some(text_arg(vm, v, |t| {
            format!("must be str or None, not {t}")
        })?),
    };
    let maxsplit = match &maxsplit {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let parts = algorithm(this.as_str(), sep, maxsplit).map_err(|e| text_error(vm, e))?;
    Ok(str_list(vm, parts))
}

fn str_split(vm: &Vm, args: Args) -> PyResult<Value> {
    split_method(vm, args, "split", split::split)
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    split_method(vm, args, "rsplit", split::rsplit)
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, [keepends]) = keywords(vm, &args, "splitlines", ["keepends"])?;
    let keepends = match &keepends {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    Ok(str_list(vm, split::splitlines(this.as_str(), keepends)))
}

type PartitionFn =
    for<'a> fn(&'a str, &str) -> Result<(&'a str, &'a str, &'a str), crate::text::error::TextError>;

/// `partition`/`rpartition`; when the separator is missing the result
/// holds the receiver itself (even a str subclass instance), as CPython's.
fn partition_method(
    vm: &Vm,
    args: Args,
    name: &str,
    algorithm: PartitionFn,
    reverse: bool,
) -> PyResult<Value> {
    let (this, sep) = one_arg(vm, &args, name)?;
    let sep = sub_text(vm, sep)?;
    let s = this.as_str();
    let (before, found, after) = algorithm(s, sep).map_err(|e| text_error(vm, e))?;
    if found.is_empty() {
        let empty = vm.new_str(String::new());
        let whole = args.values[0].clone();
        let parts = if reverse {
            vec![empty.clone(), empty, whole]
        } else {
            vec![whole, empty.clone(), empty]
        };
        return Ok(vm.new_tuple(parts));
    }
    let part = |p: &str| crate::types::str::new_str_from(vm, p);
    Ok(vm.new_tuple(vec![part(before), part(found), part(after)]))
}

fn str_partition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "partition", split::partition, false)
}

fn str_rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "rpartition", split::rpartition, true)
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("find", str_find),
    MethodDef::method("rfind", str_rfind),
    MethodDef::method("index", str_index),
    MethodDef::method("rindex", str_rindex),
    MethodDef::method("count", str_count),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("replace", str_replace),
    MethodDef::method("split", str_split),
    MethodDef::method("rsplit", str_rsplit),
    MethodDef::method("splitlines", str_splitlines),
    MethodDef::method("partition", str_partition),
    MethodDef::method("rpartition", str_rpartition),
];
