//! Builtins that produce text: `print`, `repr`, `ascii`, `format`.

use crate::args::Args;
use crate::error::PyResult;
use crate::value::Value;
use crate::Vm;

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = Value::None;
    let mut flush = false;
    for (name, value) in args.keywords() {
        let text = |v: &Value, what: &str| -> PyResult<Option<String>> {
            match v {
                Value::None => Ok(None),
                _ => match v.as_str() {
                    Some(s) => Ok(Some(s.as_str().to_string())),
                    None => Err(vm.type_error(format!(
                        "{what} must be None or a string, not {}",
                        vm.type_name_of(v)
                    ))),
                },
            }
        };
        match name {
            "sep" => sep = text(value, "sep")?,
            "end" => end = text(value, "end")?,
            "file" => file = value.clone(),
            "flush" => flush = vm.truthy(value)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let sep = sep.unwrap_or_else(|| " ".to_string());
    let end = end.unwrap_or_else(|| "\n".to_string());
    if file.is_none() {
        file = vm.sys_stdout()?;
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    if crate::modules::sys::is_standard_stream(&file) {
        let mut pieces = Vec::with_capacity(args.pos().len() * 2);
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                pieces.push(sep.clone());
            }
            pieces.push(vm.str_string(v)?);
        }
        pieces.push(end);
        if pieces
            .iter()
            .any(|p| crate::text::surrogates::has_surrogates(p))
        {
            // Written piece by piece, as CPython does, so the text before
            // an unencodable piece is still printed.
            for piece in &pieces {
                vm.write_to(&file, piece)?;
            }
        } else {
            vm.write_to(&file, &pieces.concat())?;
        }
    } else {
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                vm.write_to(&file, &sep)?;
            }
            let text = vm.str_string(v)?;
            vm.write_to(&file, &text)?;
        }
        vm.write_to(&file, &end)?;
    }
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

/// `repr(obj)`.
pub fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "repr", 1, 1)?;
    vm.repr(&a[0]).map(Value::Obj)
}

/// `ascii(obj)`: `repr` with non-ASCII characters escaped.
pub fn ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "ascii", 1, 1)?;
    let r = vm.repr_string(&a[0])?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let code = c as u32;
        if code < 0x80 {
            out.push(c);
        } else if code <= 0xff {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code <= 0xffff {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    Ok(vm.new_str(out))
}

/// `format(value, format_spec='')`.
pub fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => match s.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name_of(s)
                )))
            }
        },
        None => String::new(),
    };
    Ok(vm.new_str(vm.format(&a[0], &spec)?))
}
