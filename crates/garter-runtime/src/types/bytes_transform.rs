//! The transforming and testing methods `bytes` and `bytearray` share:
//! ASCII case mapping, the `is...` tests, stripping, padding, tabs,
//! `removeprefix`/`removesuffix`, `translate` and `maketrans`.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::bytes::{bytes_like_arg, new_bytes, new_same, new_same_from};
use crate::types::bytes_args::{clinic, no_args, one_arg, receiver};
use crate::types::bytes_text as text;
use crate::types::str_args::{
    bind_keywords, c_int, check_positional, check_size, ssize, text_error,
};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

macro_rules! mapping_methods {
    ($($name:ident, $label:literal, $algorithm:path;)*) => {
        $(fn $name<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
            let this = no_args::<BA>(vm, &args, $label)?;
            Ok(new_same(vm, BA, $algorithm(&this.data())))
        })*
    };
}

mapping_methods! {
    lower, "lower", text::lower;
    upper, "upper", text::upper;
    swapcase, "swapcase", text::swapcase;
    capitalize, "capitalize", text::capitalize;
    title, "title", text::title;
}

fn isascii_bytes(s: &[u8]) -> bool {
    s.is_ascii()
}

fn isalnum_bytes(s: &[u8]) -> bool {
    text::all_bytes(s, u8::is_ascii_alphanumeric)
}

fn isalpha_bytes(s: &[u8]) -> bool {
    text::all_bytes(s, u8::is_ascii_alphabetic)
}

fn isdigit_bytes(s: &[u8]) -> bool {
    text::all_bytes(s, u8::is_ascii_digit)
}

fn isspace_bytes(s: &[u8]) -> bool {
    text::all_bytes(s, |b| text::is_space(*b))
}

macro_rules! test_methods {
    ($($name:ident, $label:literal, $test:path;)*) => {
        $(fn $name<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
            let this = no_args::<BA>(vm, &args, $label)?;
            Ok(Value::Bool($test(&this.data())))
        })*
    };
}

test_methods! {
    isascii, "isascii", isascii_bytes;
    isalnum, "isalnum", isalnum_bytes;
    isalpha, "isalpha", isalpha_bytes;
    isdigit, "isdigit", isdigit_bytes;
    isspace, "isspace", isspace_bytes;
    islower, "islower", text::islower;
    isupper, "isupper", text::isupper;
    istitle, "istitle", text::istitle;
}

/// `strip`, `lstrip` and `rstrip`.
fn strip_method<const BA: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (this, rest) = clinic::<BA>(vm, args, name, 0, 1)?;
    let chars = match rest.first().filter(|c| !c.is_none()) {
        Some(c) => Some(bytes_like_arg(vm, c)?.into_owned()),
        None => None,
    };
    let data = this.data();
    let out = text::strip(&data, chars.as_deref(), left, right);
    Ok(new_same_from(vm, BA, out))
}

fn strip<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_method::<BA>(vm, &args, "strip", true, true)
}

fn lstrip<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_method::<BA>(vm, &args, "lstrip", true, false)
}

fn rstrip<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_method::<BA>(vm, &args, "rstrip", false, true)
}

/// `removeprefix` and `removesuffix`.
fn remove_method<const BA: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let (this, affix) = one_arg::<BA>(vm, args, name)?;
    let affix = bytes_like_arg(vm, affix)?;
    let data: &[u8] = &this.data();
    let out = if suffix {
        data.strip_suffix(&affix[..]).unwrap_or(data)
    } else {
        data.strip_prefix(&affix[..]).unwrap_or(data)
    };
    Ok(new_same_from(vm, BA, out))
}

fn removeprefix<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    remove_method::<BA>(vm, &args, "removeprefix", false)
}

fn removesuffix<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    remove_method::<BA>(vm, &args, "removesuffix", true)
}

/// A padding width: negative means none; huge ones are MemoryError.
fn width(vm: &Vm, v: &Value) -> PyResult<usize> {
    let w = usize::try_from(ssize(vm, v)?).unwrap_or(0);
    check_size(vm, w)?;
    Ok(w)
}

type PadFn = fn(&[u8], usize, u8) -> Option<Vec<u8>>;

/// `center`, `ljust` and `rjust`.
fn pad_method<const BA: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    algorithm: PadFn,
) -> PyResult<Value> {
    let (this, rest) = clinic::<BA>(vm, args, name, 1, 2)?;
    let w = width(vm, &rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(f) => match crate::types::bytes_args::bytes_of(f).as_deref() {
            Some([b]) => *b,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    crate::types::str_args::clinic_type_name(vm, f)
                )))
            }
        },
    };
    let data = this.data();
    let out = algorithm(&data, w, fill).unwrap_or_else(|| data.to_vec());
    Ok(new_same(vm, BA, out))
}

fn center<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_method::<BA>(vm, &args, "center", text::center)
}

fn ljust<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_method::<BA>(vm, &args, "ljust", text::ljust)
}

fn rjust<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_method::<BA>(vm, &args, "rjust", text::rjust)
}

fn zfill<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, w) = one_arg::<BA>(vm, &args, "zfill")?;
    let w = width(vm, w)?;
    let data = this.data();
    let out = text::zfill(&data, w).unwrap_or_else(|| data.to_vec());
    Ok(new_same(vm, BA, out))
}

fn expandtabs<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "expandtabs")?;
    let [tabsize] = bind_keywords(vm, &args, 1, "expandtabs", ["tabsize"])?;
    let tabsize = match &tabsize {
        Some(t) => i64::from(c_int(vm, t)?),
        None => 8,
    };
    let out = text::expandtabs(&this.data(), tabsize).map_err(|e| text_error(vm, e))?;
    Ok(new_same(vm, BA, out))
}

/// `translate(table, /, delete=b'')`.
fn translate<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "translate")?;
    if args.pos().len() < 2 {
        return Err(
            vm.type_error("translate() takes at least 1 positional argument (0 given)".into())
        );
    }
    let [table, delete] = bind_keywords(vm, &args, 1, "translate", ["table", "delete"])?;
    let table = match table.as_ref().filter(|t| !t.is_none()) {
        Some(t) => {
            let t = bytes_like_arg(vm, t)?.into_owned();
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long".into()));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match &delete {
        Some(d) => bytes_like_arg(vm, d)?.into_owned(),
        None => Vec::new(),
    };
    let out = this
        .data()
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t.get(usize::from(b)).copied().unwrap_or(b),
            None => b,
        })
        .collect();
    Ok(new_same(vm, BA, out))
}

/// `bytes.maketrans(frm, to)` (a static method of both types).
fn maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("maketrans() takes no keyword arguments".into()));
    }
    let pos = args.pos();
    check_positional(vm, "maketrans", pos.len(), 2, 2)?;
    let from = bytes_like_arg(vm, &pos[0])?;
    let to = bytes_like_arg(vm, &pos[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        if let Some(slot) = table.get_mut(usize::from(*f)) {
            *slot = *t;
        }
    }
    Ok(new_bytes(vm, table))
}

macro_rules! transform_methods {
    ($ba:literal) => {
        &[
            MethodDef::method("lower", lower::<$ba>),
            MethodDef::method("upper", upper::<$ba>),
            MethodDef::method("swapcase", swapcase::<$ba>),
            MethodDef::method("capitalize", capitalize::<$ba>),
            MethodDef::method("title", title::<$ba>),
            MethodDef::method("isascii", isascii::<$ba>),
            MethodDef::method("isalnum", isalnum::<$ba>),
            MethodDef::method("isalpha", isalpha::<$ba>),
            MethodDef::method("isdigit", isdigit::<$ba>),
            MethodDef::method("isspace", isspace::<$ba>),
            MethodDef::method("islower", islower::<$ba>),
            MethodDef::method("isupper", isupper::<$ba>),
            MethodDef::method("istitle", istitle::<$ba>),
            MethodDef::method("strip", strip::<$ba>),
            MethodDef::method("lstrip", lstrip::<$ba>),
            MethodDef::method("rstrip", rstrip::<$ba>),
            MethodDef::method("removeprefix", removeprefix::<$ba>),
            MethodDef::method("removesuffix", removesuffix::<$ba>),
            MethodDef::method("center", center::<$ba>),
            MethodDef::method("ljust", ljust::<$ba>),
            MethodDef::method("rjust", rjust::<$ba>),
            MethodDef::method("zfill", zfill::<$ba>),
            MethodDef::method("expandtabs", expandtabs::<$ba>),
            MethodDef::method("translate", translate::<$ba>),
            MethodDef::static_("maketrans", maketrans),
        ]
    };
}

pub const BYTES_METHODS: &[MethodDef] = transform_methods!(false);

pub const BYTEARRAY_METHODS: &[MethodDef] = transform_methods!(true);
