//! The JSON encoder behind `json.dumps`: Python values to JSON text as
//! CPython's encoder writes them (separators, indentation, sorted keys,
//! key coercion, `default`, circular-reference checks, NaN handling).

use std::collections::HashSet;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::text::surrogates;
use crate::types::dict::dict_table;
use crate::types::type_object::NativeFn;
use crate::value::Value;
use crate::Vm;

/// The recursion message of CPython's encoder.
const ENCODE_DEPTH: &str = " while encoding a JSON object";

/// An encoder's options (CPython's `JSONEncoder` attributes).
pub struct Encoder {
    pub default: Value,
    pub indent: Option<String>,
    pub key_separator: String,
    pub item_separator: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    /// Identities of the containers being encoded (circular check).
    pub markers: HashSet<usize>,
}

/// The text being written, cut into the pieces CPython's `iterencode`
/// yields when `cuts` is kept (`json.dump` writes them one by one).
pub struct Output {
    pub text: String,
    pub cuts: Option<Vec<usize>>,
}

impl Output {
    fn push(&mut self, c: char) {
        self.text.push(c);
    }

    fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Ends the current piece (nothing when it is empty).
    fn cut(&mut self) {
        if let Some(cuts) = &mut self.cuts {
            if self.text.len() > cuts.last().copied().unwrap_or(0) {
                cuts.push(self.text.len());
            }
        }
    }

    /// The pieces of the text.
    fn pieces(&self) -> Vec<&str> {
        let mut start = 0;
        let mut pieces = Vec::new();
        for &end in self.cuts.iter().flatten() {
            pieces.push(self.text.get(start..end).unwrap_or_default());
            start = end;
        }
        if start < self.text.len() {
            pieces.push(self.text.get(start..).unwrap_or_default());
        }
        pieces
    }
}

/// Appends `s` as a JSON string literal, escaping every non-ASCII
/// character when `ensure_ascii`.
pub fn quote_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ if c < ' ' || ensure_ascii => {
                let code = surrogates::code_point(c);
                if code >= 0x10000 {
                    let v = code - 0x10000;
                    push_unicode_escape(out, 0xd800 | (v >> 10));
                    push_unicode_escape(out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_unicode_escape(out, code);
                }
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

fn push_unicode_escape(out: &mut String, code: u32) {
    out.push_str(&format!("\\u{code:04x}"));
}

/// Whether `v` is a str (or str subclass) and its text.
fn str_text(v: &Value) -> Option<&str> {
    v.as_str().map(|s| s.as_str())
}

/// `int.__repr__(v)` for an int or int subclass instance.
fn int_text(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        _ => {
            let int_type = Value::Obj(vm.types.int.clone());
            let repr = vm.get_attr(&int_type, &vm.intern("__repr__"))?;
            let text = vm.call(&repr, Args::positional(std::slice::from_ref(v)))?;
            Ok(text
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default())
        }
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// Whether CPython's Python encoder writes `v` in one piece with the
/// separator before it (str, None, bool, int, float).
fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) || matches!(
        v.payload(),
        Some(Payload::Str(_) | Payload::Int(_) | Payload::Float(_))
    )
}

fn float_value(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => match v.payload() {
            Some(Payload::Float(f)) => Some(*f),
            _ => None,
        },
    }
}

impl Encoder {
    /// The text of a float, as CPython's encoder writes it.
    fn float_text(&self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(garter_syntax::literal::repr::float_repr(f));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant".into()));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline(&self, out: &mut Output, level: usize) {
        if let Some(indent) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(indent);
            }
        }
    }

    fn mark(&mut self, vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let id = v.identity();
        if !self.markers.insert(id) {
            return Err(vm.value_error("Circular reference detected".into()));
        }
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            self.markers.remove(&id);
        }
    }

    /// Appends the JSON text of `v` at nesting `level`.
    pub fn encode(&mut self, vm: &Vm, v: &Value, level: usize, out: &mut Output) -> PyResult<()> {
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&self.float_text(vm, *f)?),
            Value::Obj(_) => match v.payload() {
                Some(Payload::Str(s)) => quote_string(&mut out.text, s.as_str(), self.ensure_ascii),
                Some(Payload::Int(_)) => out.push_str(&int_text(vm, v)?),
                Some(Payload::Float(f)) => out.push_str(&self.float_text(vm, *f)?),
                Some(Payload::List(_) | Payload::Tuple(_)) => {
                    let items = self.sequence_items(vm, v)?;
                    self.encode_list(vm, v, &items, level, out)?;
                }
                Some(Payload::Dict(_)) => self.encode_dict(vm, v, level, out)?,
                _ => {
                    let _guard = vm.enter(ENCODE_DEPTH)?;
                    let id = self.mark(vm, v)?;
                    let replaced =
                        vm.call(&self.default, Args::positional(std::slice::from_ref(v)))?;
                    self.encode(vm, &replaced, level, out)?;
                    self.unmark(id);
                }
            },
        }
        Ok(())
    }

    /// The items of a list or tuple: an exact one's own, a subclass
    /// instance's by iterating it, as CPython does. An indented encoding
    /// (CPython's Python encoder) asks a subclass instance for its truth
    /// first and writes `[]` when it is false.
    fn sequence_items(&self, vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
        let exact = matches!(v, Value::Obj(o) if crate::types::dict::is_builtin(o));
        match v.payload() {
            Some(Payload::List(items)) if exact => Ok(items.borrow().clone()),
            Some(Payload::Tuple(items)) if exact => Ok(items.to_vec()),
            _ if self.indent.is_some() && !vm.truthy(v)? => Ok(Vec::new()),
            _ => vm.collect(v),
        }
    }

    fn encode_list(
        &mut self,
        vm: &Vm,
        v: &Value,
        items: &[Value],
        level: usize,
        out: &mut Output,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let _guard = vm.enter(ENCODE_DEPTH)?;
        let id = self.mark(vm, v)?;
        out.push('[');
        self.newline(out, level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_separator);
                self.newline(out, level + 1);
            }
            if !is_scalar(item) {
                out.cut();
            }
            self.encode(vm, item, level + 1, out)?;
            out.cut();
        }
        self.newline(out, level);
        out.cut();
        out.push(']');
        out.cut();
        self.unmark(id);
        Ok(())
    }

    /// The (key, value) pairs of a dict, sorted when `sort_keys`.
    fn dict_items(&self, vm: &Vm, v: &Value) -> PyResult<Vec<(Value, Value)>> {
        let exact = matches!(v, Value::Obj(o) if crate::types::dict::is_builtin(o));
        let pairs: Vec<(Value, Value)> = match dict_table(v) {
            Some(table) if exact => table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                let items = vm.call_method(v, "items", &[])?;
                let mut pairs = Vec::new();
                for item in vm.collect(&items)? {
                    let parts = vm.collect(&item)?;
                    if let [key, value] = parts.as_slice() {
                        pairs.push((key.clone(), value.clone()));
                    } else {
                        return Err(vm.value_error("items must return 2-tuples".into()));
                    }
                }
                pairs
            }
        };
        if !self.sort_keys {
            return Ok(pairs);
        }
        let tuples = pairs
            .into_iter()
            .map(|(k, val)| vm.new_tuple(vec![k, val]))
            .collect();
        let list = vm.new_list(tuples);
        vm.call_method(&list, "sort", &[])?;
        let mut sorted = Vec::new();
        for item in vm.collect(&list)? {
            if let [key, value] = vm.tuple_items(&item).as_slice() {
                sorted.push((key.clone(), value.clone()));
            }
        }
        Ok(sorted)
    }

    /// The key text of a dict key, or `None` to skip it (`skipkeys`).
    fn key_text(&self, vm: &Vm, key: &Value) -> PyResult<Option<String>> {
        if let Some(s) = str_text(key) {
            return Ok(Some(s.to_string()));
        }
        if let Some(f) = float_value(key) {
            return self.float_text(vm, f).map(Some);
        }
        match key {
            Value::Bool(true) => return Ok(Some("true".into())),
            Value::Bool(false) => return Ok(Some("false".into())),
            Value::None => return Ok(Some("null".into())),
            _ => {}
        }
        if is_int(key) {
            return int_text(vm, key).map(Some);
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name_of(key)
        )))
    }

    fn encode_dict(&mut self, vm: &Vm, v: &Value, level: usize, out: &mut Output) -> PyResult<()> {
        let exact = matches!(v, Value::Obj(o) if crate::types::dict::is_builtin(o));
        let empty = if self.indent.is_some() && !exact {
            !vm.truthy(v)?
        } else {
            dict_table(v).is_some_and(|t| t.borrow().is_empty())
        };
        if empty {
            out.push_str("{}");
            return Ok(());
        }
        let _guard = vm.enter(ENCODE_DEPTH)?;
        let id = self.mark(vm, v)?;
        let pairs = self.dict_items(vm, v)?;
        out.push('{');
        out.cut();
        self.newline(out, level + 1);
        out.cut();
        let mut first = true;
        for (key, value) in &pairs {
            let Some(key) = self.key_text(vm, key)? else {
                continue;
            };
            if !first {
                out.push_str(&self.item_separator);
                self.newline(out, level + 1);
                out.cut();
            }
            first = false;
            quote_string(&mut out.text, &key, self.ensure_ascii);
            out.cut();
            out.push_str(&self.key_separator);
            out.cut();
            self.encode(vm, value, level + 1, out)?;
            out.cut();
        }
        self.newline(out, level);
        out.cut();
        out.push('}');
        out.cut();
        self.unmark(id);
        Ok(())
    }
}

fn quote_with(vm: &Vm, args: Args, name: &str, ensure_ascii: bool) -> PyResult<Value> {
    let a = args.count(vm, name, 1, 1)?;
    let Some(s) = str_text(&a[0]) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name_of(&a[0])
        )));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote_string(&mut out, s, ensure_ascii);
    Ok(vm.new_str(out))
}

fn encode_basestring(vm: &Vm, args: Args) -> PyResult<Value> {
    quote_with(vm, args, "encode_basestring", false)
}

fn encode_basestring_ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    quote_with(vm, args, "encode_basestring_ascii", true)
}

/// The text of one separator or indent argument.
fn text_arg(vm: &Vm, v: &Value, position: usize) -> PyResult<String> {
    match str_text(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "make_encoder() argument {position} must be str, not {}",
            if v.is_none() {
                "None".to_string()
            } else {
                vm.type_name_of(v)
            }
        ))),
    }
}

/// `_json.encode(obj, default, indent, key_separator, item_separator,
/// sort_keys, skipkeys, ensure_ascii, check_circular, allow_nan,
/// pieces)`: the JSON text of `obj`, or with `pieces` the list of pieces
/// CPython's `iterencode` yields.
fn encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "encode", 11, 11)?;
    let indent = if a[2].is_none() {
        None
    } else {
        Some(text_arg(vm, &a[2], 4)?)
    };
    let mut encoder = Encoder {
        default: a[1].clone(),
        indent,
        key_separator: text_arg(vm, &a[3], 5)?,
        item_separator: text_arg(vm, &a[4], 6)?,
        sort_keys: vm.truthy(&a[5])?,
        skipkeys: vm.truthy(&a[6])?,
        ensure_ascii: vm.truthy(&a[7])?,
        check_circular: vm.truthy(&a[8])?,
        allow_nan: vm.truthy(&a[9])?,
        markers: HashSet::new(),
    };
    let pieces = vm.truthy(&a[10])?;
    let mut out = Output {
        text: String::new(),
        cuts: pieces.then(Vec::new),
    };
    encoder.encode(vm, &a[0], 0, &mut out)?;
    if pieces {
        let items = out
            .pieces()
            .into_iter()
            .map(|p| vm.new_str(p.to_string()))
            .collect();
        Ok(vm.new_list(items))
    } else {
        Ok(vm.new_str(out.text))
    }
}

/// The encoder's functions in `_json`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("encode", encode),
    ("encode_basestring", encode_basestring),
    ("encode_basestring_ascii", encode_basestring_ascii),
];
