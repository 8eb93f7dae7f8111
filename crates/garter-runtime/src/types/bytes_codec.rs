//! Decoding and encoding at the Python level: `bytes.decode`,
//! `bytearray.decode`, `str.encode` and `bytes(str, encoding, errors)`,
//! over the pure codecs of `text/codecs.rs`, raising CPython's
//! UnicodeDecodeError/UnicodeEncodeError (with `encoding`, `object`,
//! `start`, `end` and `reason`) and LookupError.

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::text::codecs::{self, Codec, CodecFailure, ErrorHandler};
use crate::types::bytes::new_bytes;
use crate::types::bytes_args::receiver;
use crate::types::str_args::{bind_keywords, clinic_type_name};
use crate::types::type_object::MethodDef;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The codec called `name`, or LookupError "unknown encoding: X".
pub fn codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    codecs::lookup(name)
        .ok_or_else(|| vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {name}")))
}

/// A raised UnicodeDecodeError or UnicodeEncodeError built by calling its
/// class, so its attributes are set as CPython sets them.
fn unicode_error(
    vm: &Vm,
    cls: &ObjRef,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = [
        vm.new_str(encoding.to_string()),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason.to_string()),
    ];
    match vm.call(&Value::Obj(cls.clone()), Args::positional(&args)) {
        Ok(Value::Obj(exc)) => PyErr::new(exc),
        Ok(_) => vm.type_error("exceptions must derive from BaseException".into()),
        Err(e) => e,
    }
}

/// The exception for a codec failure; `object` makes the exception's
/// `object` attribute from where the failing input starts.
fn failure_error(
    vm: &Vm,
    failure: CodecFailure,
    encoding: &str,
    registry: bool,
    decoding: bool,
    errors: &str,
    object: impl FnOnce(usize) -> Value,
) -> PyErr {
    match failure {
        CodecFailure::Unconvertible {
            encoding: codec_name,
            object_start,
            start,
            end,
            reason,
        } => {
            let cls = if decoding {
                &vm.exc.unicode_decode_error
            } else {
                &vm.exc.unicode_encode_error
            };
            unicode_error(
                vm,
                cls,
                codec_name,
                object(object_start),
                start,
                end,
                reason,
            )
        }
        CodecFailure::UnknownHandler => vm.new_error(
            &vm.exc.lookup_error,
            through_registry(
                encoding,
                registry,
                decoding,
                "LookupError",
                format!("unknown error handler name '{errors}'"),
            ),
        ),
        CodecFailure::WrongDirection => vm.type_error(through_registry(
            encoding,
            registry,
            decoding,
            "TypeError",
            format!(
                "don't know how to handle {} in error callback",
                if decoding {
                    "UnicodeDecodeError"
                } else {
                    "UnicodeEncodeError"
                }
            ),
        )),
    }
}

/// `message` as CPython words it for the codec the program named
/// `encoding`: wrapped as "decoding with 'X' codec failed (...)" when the
/// conversion ran through the codec registry (`registry`: the `codecs`
/// module always does; the str and bytes methods do unless the name is
/// one of CPython's shortcuts).
pub fn through_registry(
    encoding: &str,
    registry: bool,
    decoding: bool,
    class: &str,
    message: String,
) -> String {
    if !registry {
        return message;
    }
    let operation = if decoding { "decoding" } else { "encoding" };
    format!("{operation} with '{encoding}' codec failed ({class}: {message})")
}

/// `data` decoded with `encoding` and `errors` (default strict).
pub fn decode_bytes(
    vm: &Vm,
    data: &[u8],
    encoding: &str,
    errors: Option<&str>,
) -> PyResult<String> {
    let registry = !codecs::is_builtin_shortcut(encoding);
    decode_via(vm, data, encoding, errors, registry)
}

/// [`decode_bytes`], saying whether it runs through the codec registry.
pub fn decode_via(
    vm: &Vm,
    data: &[u8],
    encoding: &str,
    errors: Option<&str>,
    registry: bool,
) -> PyResult<String> {
    names_as_utf8(vm, encoding, errors)?;
    let codec = codec(vm, encoding)?;
    let errors = errors.unwrap_or("strict");
    codecs::decode(codec, data, ErrorHandler::lookup(errors)).map_err(|failure| {
        failure_error(vm, failure, encoding, registry, true, errors, |from| {
            new_bytes(vm, data.get(from..).unwrap_or_default().to_vec())
        })
    })
}

/// `text.encode(encoding, errors)`; `source` is the str object (for the
/// exception's `object`).
pub fn encode_text(
    vm: &Vm,
    source: &Value,
    text: &str,
    encoding: &str,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let registry = !codecs::is_builtin_shortcut(encoding);
    encode_via(vm, source, text, encoding, errors, registry)
}

/// [`encode_text`], saying whether it runs through the codec registry.
pub fn encode_via(
    vm: &Vm,
    source: &Value,
    text: &str,
    encoding: &str,
    errors: Option<&str>,
    registry: bool,
) -> PyResult<Vec<u8>> {
    names_as_utf8(vm, encoding, errors)?;
    let codec = codec(vm, encoding)?;
    let errors = errors.unwrap_or("strict");
    codecs::encode(codec, text, ErrorHandler::lookup(errors)).map_err(|failure| {
        failure_error(vm, failure, encoding, registry, false, errors, |_| {
            source.clone()
        })
    })
}

/// An encoding or error handler name must encode to UTF-8, as CPython
/// turns it into a C string: a lone surrogate in it is CPython's
/// UnicodeEncodeError.
pub fn name_as_utf8(vm: &Vm, source: &Value, name: &str) -> PyResult<()> {
    if crate::text::surrogates::has_surrogates(name) {
        encode_via(vm, source, name, "utf-8", None, false)?;
    }
    Ok(())
}

/// [`name_as_utf8`] for both names of a conversion.
fn names_as_utf8(vm: &Vm, encoding: &str, errors: Option<&str>) -> PyResult<()> {
    for name in std::iter::once(encoding).chain(errors) {
        if crate::text::surrogates::has_surrogates(name) {
            name_as_utf8(vm, &vm.new_str(name.to_string()), name)?;
        }
    }
    Ok(())
}

/// The optional `encoding` and `errors` str arguments of `name`.
fn codec_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(String, Option<String>)> {
    let [encoding, errors] = bind_keywords(vm, args, 1, name, ["encoding", "errors"])?;
    let text = |what: &str, v: &Value| -> PyResult<String> {
        match v.as_str() {
            Some(s) => {
                name_as_utf8(vm, v, s.as_str())?;
                Ok(s.as_str().to_string())
            }
            None => Err(vm.type_error(format!(
                "{name}() argument '{what}' must be str, not {}",
                clinic_type_name(vm, v)
            ))),
        }
    };
    let encoding = match &encoding {
        Some(e) => text("encoding", e)?,
        None => "utf-8".to_string(),
    };
    let errors = errors.map(|e| text("errors", &e)).transpose()?;
    Ok((encoding, errors))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` and bytearray's.
fn decode<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "decode")?;
    let (encoding, errors) = codec_args(vm, &args, "decode")?;
    let text = decode_bytes(vm, &this.data(), &encoding, errors.as_deref())?;
    Ok(vm.new_str(text))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = crate::types::str_args::receiver(vm, &args, "encode")?;
    let (encoding, errors) = codec_args(vm, &args, "encode")?;
    let data = encode_text(
        vm,
        &args.values[0],
        s.as_str(),
        &encoding,
        errors.as_deref(),
    )?;
    Ok(new_bytes(vm, data))
}

pub const BYTES_METHODS: &[MethodDef] = &[MethodDef::method("decode", decode::<false>)];

pub const BYTEARRAY_METHODS: &[MethodDef] = &[MethodDef::method("decode", decode::<true>)];

pub const STR_METHODS: &[MethodDef] = &[MethodDef::method("encode", str_encode)];
