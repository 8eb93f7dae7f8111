//! `str.maketrans` (one dict, or two or three strings) and
//! `str.translate` with any table supporting `__getitem__`: a
//! `LookupError` from the table leaves the character as it is.

use crate::args::Args;
use crate::error::PyResult;
use crate::text::translate::{maketrans_key, maketrans_pairs, translate, Mapping};
use crate::types::dict::{dict_table, set_item, DictTable};
use crate::types::int::as_bigint;
use crate::types::str_args::{check_positional, check_size, clinic_type_name, one_arg, text_error};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn str_maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments".into()));
    }
    let a = args.pos();
    check_positional(vm, "maketrans", a.len(), 1, 3)?;
    for (position, v) in a.iter().enumerate().skip(1) {
        if v.as_str().is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                position + 1,
                clinic_type_name(vm, v)
            )));
        }
    }
    let result = vm.new_dict(DictTable::new());
    let Some(table) = dict_table(&result) else {
        return Ok(result);
    };
    if a.len() == 1 {
        let Some(source) = dict_table(&a[0]) else {
            return Err(vm.type_error(
                "if you give only one argument to maketrans it must be a dict".into(),
            ));
        };
        let entries: Vec<(Value, Value)> = source
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (key, value) in entries {
            let key = match key.as_str() {
                Some(s) => Value::Int(i64::from(
                    maketrans_key(s.as_str()).map_err(|e| text_error(vm, e))?,
                )),
                None if matches!(key, Value::Int(_) | Value::Bool(_))
                    || as_bigint(&key).is_some() =>
                {
                    key
                }
                None => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers".into())
                    )
                }
            };
            set_item(vm, table, key, value)?;
        }
        return Ok(result);
    }
    let Some(from) = a[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument".into(),
        ));
    };
    let to = a[1].as_str().map_or("", |s| s.as_str());
    let delete = a.get(2).and_then(Value::as_str).map(|s| s.as_str());
    let pairs = maketrans_pairs(from.as_str(), to, delete).map_err(|e| text_error(vm, e))?;
    for (key, value) in pairs {
        let value = value.map_or(Value::None, |v| Value::Int(i64::from(v)));
        set_item(vm, table, Value::Int(i64::from(key)), value)?;
    }
    Ok(result)
}

/// What `table[code]` maps a character to, `None` to keep it.
fn lookup(vm: &Vm, table: &Value, code: u32) -> PyResult<Option<Mapping>> {
    let mapped = match vm.get_item(table, &Value::Int(i64::from(code))) {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, &vm.exc.lookup_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    if mapped.is_none() {
        return Ok(Some(Mapping::Delete));
    }
    if let Some(s) = mapped.as_str() {
        let mut chars = s.as_str().chars();
        return Ok(Some(match (chars.next(), chars.next()) {
            (Some(c), None) => Mapping::Char(c),
            _ => Mapping::Str(s.as_str().to_string()),
        }));
    }
    let code = match &mapped {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => as_bigint(&mapped).map(|big| num_traits::ToPrimitive::to_i64(&*big).unwrap_or(-1)),
    };
    let Some(code) = code else {
        return Err(vm.type_error("character mapping must return integer, None or str".into()));
    };
    if !(0..0x110000).contains(&code) {
        return Err(vm.value_error("character mapping must be in range(0x110000)".into()));
    }
    match u32::try_from(code)
        .ok()
        .and_then(crate::text::surrogates::stored_char)
    {
        Some(c) => Ok(Some(Mapping::Char(c))),
        None => Err(vm.value_error(format!(
            "character mapping {code:#x} is not supported: {}",
            crate::text::surrogates::RESERVED_MESSAGE
        ))),
    }
}

fn str_translate(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, table) = one_arg(vm, &args, "translate")?;
    let s = this.as_str();
    let mut built = 0usize;
    let out = translate(s, |code| {
        let mapping = lookup(vm, table, code)?;
        if let Some(Mapping::Str(text)) = &mapping {
            built = built.saturating_add(text.len());
            check_size(vm, built)?;
        }
        Ok(mapping)
    })?;
    Ok(vm.new_str(out))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("maketrans", str_maketrans),
    MethodDef::method("translate", str_translate),
];
