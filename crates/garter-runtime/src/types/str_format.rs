//! `str.format`, `str.format_map` and `str.__format__`. The format string
//! is parsed by `str_format_parse.rs`; fields are looked up in the
//! arguments (with CPython's automatic/manual numbering rules), converted
//! with `!r`/`!s`/`!a` and formatted through `format(value, spec)`, with
//! nested fields in specs expanded first. `__format__` for str uses the
//! spec mini-language of `crate::format`.

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::format::number::{format_float, format_int, format_str};
use crate::format::spec::{parse_format_spec, Align, SpecTarget};
use crate::number::error::{NumError, NumErrorKind};
use crate::types::dict::{dict_table, set_item, DictTable};
use crate::types::str_args::{
    ascii_of, check_size, clinic_type_name, is_exact_str, one_arg, receiver, MAX_STR_BYTES,
};
use crate::types::str_format_parse::{
    parse_index, split_field_name, Accessor, Accessors, Field, MarkupIter,
};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// A formatting algorithm's error as the Python exception it names.
pub fn num_error(vm: &Vm, e: NumError) -> PyErr {
    match e.kind {
        NumErrorKind::Value => vm.value_error(e.message),
        NumErrorKind::Overflow => vm.overflow_error(e.message),
        NumErrorKind::ZeroDivision => vm.zero_division_error(e.message),
        NumErrorKind::Type => vm.type_error(e.message),
        NumErrorKind::Memory => vm.memory_error(),
    }
}

/// How fields without a number have been numbered so far.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Automatic,
    Manual,
}

/// The state of one `str.format` call.
struct Formatter<'a> {
    vm: &'a Vm,
    /// The positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    /// The keyword arguments or the mapping; `None` when there are none.
    mapping: Option<Value>,
    numbering: Numbering,
    next_auto: usize,
}

impl Formatter<'_> {
    /// Formats `text` into `out`; `depth` bounds nested specs.
    fn build(&mut self, text: &str, depth: u32, out: &mut String) -> PyResult<()> {
        let vm = self.vm;
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded".into()));
        }
        for markup in MarkupIter::new(text) {
            let markup = markup.map_err(|e| vm.value_error(e))?;
            out.push_str(markup.literal);
            if let Some(field) = markup.field {
                let rendered = self.render(&field, depth)?;
                out.push_str(&rendered);
                check_size(vm, out.len())?;
            }
        }
        Ok(())
    }

    fn render(&mut self, field: &Field, depth: u32) -> PyResult<String> {
        let vm = self.vm;
        let value = self.field_value(field.name)?;
        let value = match field.conversion {
            None => value,
            Some(c) => convert(vm, &value, c)?,
        };
        if field.spec_has_fields {
            let mut spec = String::new();
            self.build(field.spec, depth - 1, &mut spec)?;
            return format_value(vm, &value, &spec);
        }
        format_value(vm, &value, field.spec)
    }

    /// The object a field name designates.
    fn field_value(&mut self, name: &str) -> PyResult<Value> {
        let vm = self.vm;
        let (first, rest) = split_field_name(name);
        let mut index = parse_index(first).map_err(|e| vm.value_error(e))?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty {
                    Numbering::Automatic
                } else {
                    Numbering::Manual
                };
            }
            match (self.numbering, empty) {
                (Numbering::Manual, true) => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                )),
                (Numbering::Automatic, false) => return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification"
                        .into(),
                )),
                _ => {}
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut value = match index {
            None => {
                let key = vm.new_str(first.to_string());
                match &self.mapping {
                    Some(mapping) => vm.get_item(mapping, &key)?,
                    None => return Err(vm.key_error(key)),
                }
            }
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(vm.value_error("Format string contains positional fields".into()));
                };
                match args.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        )))
                    }
                }
            }
        };
        for accessor in Accessors::new(rest) {
            value = match accessor.map_err(|e| vm.value_error(e))? {
                Accessor::Attribute(name) => vm.get_attr(&value, &vm.new_str(name.to_string()))?,
                Accessor::Index(i) => vm.get_item(&value, &Value::Int(i as i64))?,
                Accessor::Key(key) => vm.get_item(&value, &vm.new_str(key.to_string()))?,
            };
        }
        Ok(value)
    }
}

/// `!r`, `!s` or `!a`.
fn convert(vm: &Vm, value: &Value, conversion: char) -> PyResult<Value> {
    match conversion {
        'r' => vm.repr(value).map(Value::Obj),
        's' => vm.str(value).map(Value::Obj),
        'a' => Ok(vm.new_str(ascii_of(vm, value)?)),
        c if (c as u32) > 32 && (c as u32) < 127 => {
            Err(vm.value_error(format!("Unknown conversion specifier {c}")))
        }
        c => Err(vm.value_error(format!(
            "Unknown conversion specifier \\x{:x}",
            crate::text::surrogates::code_point(c)
        ))),
    }
}

/// The recursion allowance of a format string: one level of fields
/// nested in specs.
const FORMAT_DEPTH: u32 = 2;

fn str_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "format")?;
    let positional = args.pos().get(1..).unwrap_or_default();
    let mapping = if args.has_keywords() {
        let dict = vm.new_dict(DictTable::new());
        if let Some(table) = dict_table(&dict) {
            for (name, value) in args.keywords() {
                set_item(vm, table, vm.new_str(name.to_string()), value.clone())?;
            }
        }
        Some(dict)
    } else {
        None
    };
    let mut formatter = Formatter {
        vm,
        args: Some(positional),
        mapping,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    formatter.build(this.as_str(), FORMAT_DEPTH, &mut out)?;
    Ok(vm.new_str(out))
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, mapping) = one_arg(vm, &args, "format_map")?;
    let mut formatter = Formatter {
        vm,
        args: None,
        mapping: Some(mapping.clone()),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    formatter.build(this.as_str(), FORMAT_DEPTH, &mut out)?;
    Ok(vm.new_str(out))
}

/// `format(value, spec)`. Exact ints, floats and strs (whose
/// `__format__` cannot be replaced) are formatted here as their
/// `__format__` does it, without the spec str object, the method
/// dispatch and the result str object in between.
fn format_value(vm: &Vm, value: &Value, spec: &str) -> PyResult<String> {
    match value {
        Value::Int(i) if spec.is_empty() => Ok(i.to_string()),
        Value::Int(i) => {
            let parsed =
                parse_format_spec(spec, SpecTarget::Int, "int").map_err(|e| num_error(vm, e))?;
            format_int(&num_bigint::BigInt::from(*i), &parsed, "int").map_err(|e| num_error(vm, e))
        }
        Value::Float(x) if !spec.is_empty() => {
            let parsed = parse_format_spec(spec, SpecTarget::Float, "float")
                .map_err(|e| num_error(vm, e))?;
            format_float(*x, &parsed, "float").map_err(|e| num_error(vm, e))
        }
        _ if is_exact_str(vm, value) => match value.as_str() {
            Some(text) => format_text(vm, text.as_str(), spec),
            None => vm.format(value, spec),
        },
        _ => vm.format(value, spec),
    }
}

/// `format(s, spec)` of the text of a str (CPython's MemoryError for a
/// width whose padding cannot fit).
fn format_text(vm: &Vm, text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let parsed = parse_format_spec(spec, SpecTarget::Str, "str").map_err(|e| num_error(vm, e))?;
    let valid_for_str = parsed.kind == Some('s')
        && parsed.sign.is_none()
        && !parsed.alternate
        && !parsed.no_neg_zero
        && parsed.align != Align::AfterSign;
    let padded_bytes = parsed
        .width
        .unwrap_or(0)
        .saturating_mul(parsed.fill.len_utf8());
    if valid_for_str && padded_bytes > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    format_str(text, &parsed, "str").map_err(|e| num_error(vm, e))
}

/// `format(s, spec)` for a str.
fn str_dunder_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, spec) = one_arg(vm, &args, "__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type_name(vm, spec)
        )));
    };
    if spec.as_str().is_empty() {
        if is_exact_str(vm, &args.values[0]) {
            return Ok(args.values[0].clone());
        }
        return Ok(vm.new_str(this.as_str().to_string()));
    }
    Ok(vm.new_str(format_text(vm, this.as_str(), spec.as_str())?))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("format", str_format),
    MethodDef::method("format_map", str_format_map),
    MethodDef::method("__format__", str_dunder_format),
];
