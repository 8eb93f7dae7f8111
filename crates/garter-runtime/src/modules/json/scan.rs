//! The JSON scanner behind `json.loads`: turns JSON text into Python
//! values as CPython's `_json` scanner does, with its error messages and
//! positions. It reads the UTF-8 bytes of the str (every structural
//! character is ASCII) and counts characters only to report a position.

use num_bigint::BigInt;

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::text::surrogates;
use crate::types::dict::{dict_table, set_item, DictTable};
use crate::value::Value;
use crate::Vm;

/// What a decoder was configured with (CPython's `JSONDecoder`
/// attributes); a `None` parse hook means the builtin conversion.
pub struct ScanContext<'a> {
    pub doc: &'a Value,
    pub text: &'a str,
    pub strict: bool,
    pub object_hook: Value,
    pub object_pairs_hook: Value,
    pub parse_float: Value,
    pub parse_int: Value,
    pub parse_constant: Value,
    pub error_class: Value,
}

/// The recursion messages of CPython's scanner.
const OBJECT_DEPTH: &str = " while decoding a JSON object from a unicode string";
const ARRAY_DEPTH: &str = " while decoding a JSON array from a unicode string";

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The character index of byte offset `byte` in `text`.
pub fn char_index(text: &str, byte: usize) -> usize {
    let prefix = text.as_bytes().get(..byte).unwrap_or(text.as_bytes());
    prefix.iter().filter(|b| (**b & 0xc0) != 0x80).count()
}

/// The byte offset just after the whitespace starting at `byte`.
pub fn skip_whitespace(text: &str, mut byte: usize) -> usize {
    let bytes = text.as_bytes();
    while bytes.get(byte).copied().is_some_and(is_whitespace) {
        byte += 1;
    }
    byte
}

impl ScanContext<'_> {
    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.bytes().get(i).copied()
    }

    /// A JSONDecodeError with `msg` at byte offset `byte`.
    pub fn error(&self, vm: &Vm, msg: &str, byte: usize) -> PyErr {
        let pos = Value::Int(char_index(self.text, byte) as i64);
        let made = vm.call(
            &self.error_class,
            Args::positional(&[vm.new_str(msg.to_string()), self.doc.clone(), pos]),
        );
        match made {
            Ok(Value::Obj(o)) => PyErr::new(o),
            Ok(_) => vm.type_error("exceptions must derive from BaseException".into()),
            Err(e) => e,
        }
    }

    fn expecting_value(&self, vm: &Vm, byte: usize) -> PyErr {
        self.error(vm, "Expecting value", byte)
    }

    /// Scans one JSON value starting at byte `idx`; returns it and the
    /// byte offset after it.
    pub fn scan_value(&self, vm: &Vm, idx: usize) -> PyResult<(Value, usize)> {
        let Some(first) = self.at(idx) else {
            return Err(self.expecting_value(vm, idx));
        };
        let rest = self.bytes().get(idx..).unwrap_or_default();
        match first {
            b'"' => {
                let (s, end) = self.scan_string(vm, idx + 1)?;
                Ok((vm.new_str(s), end))
            }
            b'{' => self.scan_object(vm, idx + 1),
            b'[' => self.scan_array(vm, idx + 1),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, idx + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), idx + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), idx + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, idx + 3)),
            b'I' if rest.starts_with(b"Infinity") => {
                Ok((self.constant(vm, "Infinity", f64::INFINITY)?, idx + 8))
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, idx + 9))
            }
            _ => self.scan_number(vm, idx),
        }
    }

    fn constant(&self, vm: &Vm, name: &str, value: f64) -> PyResult<Value> {
        if self.parse_constant.is_none() {
            Ok(Value::Float(value))
        } else {
            vm.call(
                &self.parse_constant,
                Args::positional(&[vm.new_str(name.to_string())]),
            )
        }
    }

    fn scan_number(&self, vm: &Vm, start: usize) -> PyResult<(Value, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|b| b.is_ascii_digit());
        let mut idx = start;
        if self.at(idx) == Some(b'-') {
            idx += 1;
        }
        match self.at(idx) {
            Some(b'1'..=b'9') => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            Some(b'0') => idx += 1,
            _ => return Err(self.expecting_value(vm, start)),
        }
        let mut is_float = false;
        if self.at(idx) == Some(b'.') && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if matches!(self.at(idx), Some(b'e' | b'E')) {
            let exponent_start = idx;
            idx += 1;
            if matches!(self.at(idx), Some(b'-' | b'+')) {
                idx += 1;
            }
            let digits_start = idx;
            while digit(idx) {
                idx += 1;
            }
            if idx > digits_start {
                is_float = true;
            } else {
                idx = exponent_start;
            }
        }
        let literal = self.text.get(start..idx).unwrap_or_default();
        let value = if is_float {
            if self.parse_float.is_none() {
                Value::Float(literal.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                let arg = vm.new_str(literal.to_string());
                vm.call(&self.parse_float, Args::positional(&[arg]))?
            }
        } else if !self.parse_int.is_none() {
            let arg = vm.new_str(literal.to_string());
            vm.call(&self.parse_int, Args::positional(&[arg]))?
        } else if let Ok(i) = literal.parse::<i64>() {
            Value::Int(i)
        } else if literal.len() > 4000 {
            let int_type = Value::Obj(vm.types.int.clone());
            let arg = vm.new_str(literal.to_string());
            vm.call(&int_type, Args::positional(&[arg]))?
        } else {
            match literal.parse::<BigInt>() {
                Ok(n) => Value::from_bigint(vm, n),
                Err(_) => return Err(self.expecting_value(vm, start)),
            }
        };
        Ok((value, idx))
    }

    /// Scans the body of a string whose opening quote is just before
    /// byte `start`; returns the text and the offset after the closing quote.
    pub fn scan_string(&self, vm: &Vm, start: usize) -> PyResult<(String, usize)> {
        let begin = start.saturating_sub(1);
        let bytes = self.bytes();
        let mut out = String::new();
        let mut end = start;
        loop {
            let mut next = end;
            let mut stop = None;
            while let Some(&b) = bytes.get(next) {
                if b == b'"' || b == b'\\' {
                    stop = Some(b);
                    break;
                }
                if b <= 0x1f && self.strict {
                    return Err(self.error(vm, "Invalid control character at", next));
                }
                next += 1;
            }
            let Some(stop) = stop else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            out.push_str(self.text.get(end..next).unwrap_or_default());
            next += 1;
            if stop == b'"' {
                return Ok((out, next));
            }
            let Some(escape) = bytes.get(next).copied() else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            if escape != b'u' {
                end = next + 1;
                let c = match escape {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", end - 2)),
                };
                out.push(c);
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= bytes.len() {
                return Err(self.error(vm, "Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut code) = self.hex4(next) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", end - 5));
            };
            if (0xd800..=0xdbff).contains(&code)
                && end + 6 < bytes.len()
                && bytes.get(end) == Some(&b'\\')
                && bytes.get(end + 1) == Some(&b'u')
            {
                let Some(low) = self.hex4(end + 2) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..=0xdfff).contains(&low) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    end += 6;
                }
            }
            match surrogates::stored_char(code) {
                Some(c) => out.push(c),
                None => return Err(vm.value_error(surrogates::RESERVED_MESSAGE.into())),
            }
        }
    }

    /// The value of the four hex digits at byte `at`.
    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.bytes().get(at..at + 4)?;
        digits
            .iter()
            .try_fold(0u32, |acc, b| Some(acc * 16 + char::from(*b).to_digit(16)?))
    }

    /// Scans an object whose `{` is just before byte `idx`.
    fn scan_object(&self, vm: &Vm, mut idx: usize) -> PyResult<(Value, usize)> {
        let _guard = vm.enter(OBJECT_DEPTH)?;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        idx = skip_whitespace(self.text, idx);
        if self.at(idx) != Some(b'}') {
            loop {
                if self.at(idx) != Some(b'"') {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (key, after_key) = self.scan_string(vm, idx + 1)?;
                idx = skip_whitespace(self.text, after_key);
                if self.at(idx) != Some(b':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", idx));
                }
                idx = skip_whitespace(self.text, idx + 1);
                let (value, after_value) = self.scan_value(vm, idx)?;
                pairs.push((vm.new_str(key), value));
                idx = skip_whitespace(self.text, after_value);
                if self.at(idx) == Some(b'}') {
                    break;
                }
                if self.at(idx) != Some(b',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = skip_whitespace(self.text, idx + 1);
            }
        }
        let end = idx + 1;
        if !self.object_pairs_hook.is_none() {
            let items = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            let list = vm.new_list(items);
            let made = vm.call(&self.object_pairs_hook, Args::positional(&[list]))?;
            return Ok((made, end));
        }
        let dict = vm.new_dict(DictTable::with_capacity(pairs.len()));
        if let Some(table) = dict_table(&dict) {
            for (key, value) in pairs {
                set_item(vm, table, key, value)?;
            }
        }
        if self.object_hook.is_none() {
            Ok((dict, end))
        } else {
            Ok((vm.call(&self.object_hook, Args::positional(&[dict]))?, end))
        }
    }

    /// Scans an array whose `[` is just before byte `idx`.
    fn scan_array(&self, vm: &Vm, mut idx: usize) -> PyResult<(Value, usize)> {
        let _guard = vm.enter(ARRAY_DEPTH)?;
        let mut items = Vec::new();
        idx = skip_whitespace(self.text, idx);
        if self.at(idx) != Some(b']') {
            loop {
                let (value, after) = self.scan_value(vm, idx)?;
                items.push(value);
                idx = skip_whitespace(self.text, after);
                if self.at(idx) == Some(b']') {
                    break;
                }
                if self.at(idx) != Some(b',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = skip_whitespace(self.text, idx + 1);
            }
        }
        Ok((vm.new_list(items), idx + 1))
    }
}
