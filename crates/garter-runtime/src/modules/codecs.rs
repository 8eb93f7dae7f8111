//! The `codecs` module, the basics: `encode`, `decode`, `lookup` (a
//! `CodecInfo` with `name`, `encode` and `decode`), `getencoder`,
//! `getdecoder`, the `_codecs` functions (`utf_8_encode`, ...) and the
//! `BOM_*` constants, over the codecs of `text/codecs.rs`. Errors raised through
//! it are worded as CPython's codec registry words them ("encoding with
//! 'X' codec failed (...)").

use crate::args::Args;
use crate::error::PyResult;
use crate::text::codecs::{ByteOrder, Codec};
use crate::types::bytes::{bytes_like, new_bytes};
use crate::types::bytes_codec::{codec, decode_via, encode_via, name_as_utf8, through_registry};
use crate::types::dict::obj_dict_table;
use crate::types::str_args::bind_keywords;
use crate::types::struct_seq::{new_struct_seq, new_struct_seq_type};
use crate::types::type_object::{MethodKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Every codec, in the order of [`ENCODERS`] and [`DECODERS`].
const ALL: [Codec; 11] = [
    Codec::Utf8,
    Codec::Utf8Sig,
    Codec::Ascii,
    Codec::Latin1,
    Codec::Utf16(ByteOrder::Marked),
    Codec::Utf16(ByteOrder::Little),
    Codec::Utf16(ByteOrder::Big),
    Codec::Utf32(ByteOrder::Marked),
    Codec::Utf32(ByteOrder::Little),
    Codec::Utf32(ByteOrder::Big),
    Codec::UnicodeEscape,
];

/// `raw_unicode_escape` has its own entry points: [`ALL`] is indexed by
/// const generics and stops at eleven.
const RAW: Codec = Codec::RawUnicodeEscape;

/// The names of the codec functions, as in CPython's `_codecs`.
const ENCODE_NAMES: [&str; 12] = [
    "utf_8_encode",
    "utf_8_sig_encode",
    "ascii_encode",
    "latin_1_encode",
    "utf_16_encode",
    "utf_16_le_encode",
    "utf_16_be_encode",
    "utf_32_encode",
    "utf_32_le_encode",
    "utf_32_be_encode",
    "unicode_escape_encode",
    "raw_unicode_escape_encode",
];

const DECODE_NAMES: [&str; 12] = [
    "utf_8_decode",
    "utf_8_sig_decode",
    "ascii_decode",
    "latin_1_decode",
    "utf_16_decode",
    "utf_16_le_decode",
    "utf_16_be_decode",
    "utf_32_decode",
    "utf_32_le_decode",
    "utf_32_be_decode",
    "unicode_escape_decode",
    "raw_unicode_escape_decode",
];

/// The codec at `index` of [`ALL`] (then [`RAW`]).
fn codec_at(index: usize) -> Codec {
    ALL.get(index).copied().unwrap_or(RAW)
}

/// `text` encoded as `codecs.encode` does; `obj` must be a str.
fn encode_value(vm: &Vm, obj: &Value, encoding: &str, errors: Option<&str>) -> PyResult<Value> {
    let found = codec(vm, encoding)?;
    let Some(text) = obj.as_str() else {
        return Err(vm.type_error(through_registry(
            encoding,
            true,
            false,
            "TypeError",
            format!(
                "{}_encode() argument 1 must be str, not {}",
                found.function_prefix(),
                vm.type_name_of(obj)
            ),
        )));
    };
    let data = encode_via(vm, obj, text.as_str(), encoding, errors, true)?;
    Ok(new_bytes(vm, data))
}

/// `data` decoded as `codecs.decode` does; `obj` must be bytes-like.
fn decode_value(vm: &Vm, obj: &Value, encoding: &str, errors: Option<&str>) -> PyResult<Value> {
    codec(vm, encoding)?;
    let Some(data) = bytes_like(vm, obj)? else {
        return Err(vm.type_error(through_registry(
            encoding,
            true,
            true,
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name_of(obj)
            ),
        )));
    };
    let text = decode_via(vm, &data, encoding, errors, true)?;
    Ok(vm.new_str(text))
}

/// The str argument `what` of `fname`.
fn text_arg(vm: &Vm, fname: &str, what: &str, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => {
            name_as_utf8(vm, v, s.as_str())?;
            Ok(s.as_str().to_string())
        }
        None => Err(vm.type_error(format!(
            "{fname}() argument '{what}' must be str, not {}",
            vm.type_name_of(v)
        ))),
    }
}

/// `(obj, encoding='utf-8', errors='strict')` of `encode`/`decode`.
fn conversion_args(vm: &Vm, args: &Args, fname: &str) -> PyResult<(Value, String, Option<String>)> {
    let [obj, encoding, errors] = bind_keywords(vm, args, 0, fname, ["obj", "encoding", "errors"])?;
    let Some(obj) = obj else {
        return Err(vm.type_error(format!("{fname}() missing required argument 'obj' (pos 1)")));
    };
    let encoding = match encoding {
        Some(e) => text_arg(vm, fname, "encoding", &e)?,
        None => "utf-8".to_string(),
    };
    let errors = errors
        .map(|e| text_arg(vm, fname, "errors", &e))
        .transpose()?;
    Ok((obj, encoding, errors))
}

/// `codecs.encode(obj, encoding='utf-8', errors='strict')`.
fn encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let (obj, encoding, errors) = conversion_args(vm, &args, "encode")?;
    encode_value(vm, &obj, &encoding, errors.as_deref())
}

/// `codecs.decode(obj, encoding='utf-8', errors='strict')`.
fn decode(vm: &Vm, args: Args) -> PyResult<Value> {
    let (obj, encoding, errors) = conversion_args(vm, &args, "decode")?;
    decode_value(vm, &obj, &encoding, errors.as_deref())
}

/// The `errors` argument of a codec function (`None` means strict).
fn codec_errors(vm: &Vm, args: &Args, fname: &str) -> PyResult<(Value, Option<String>)> {
    let a = args.count(vm, fname, 1, 3)?;
    let errors = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(text_arg(vm, fname, "errors", v)?),
    };
    Ok((a[0].clone(), errors))
}

/// `CodecInfo.encode(input, errors=None)`: `(bytes, length consumed)`.
fn codec_encode<const I: usize>(vm: &Vm, args: Args) -> PyResult<Value> {
    let found = codec_at(I);
    let fname = ENCODE_NAMES.get(I).copied().unwrap_or("encode");
    let (input, errors) = codec_errors(vm, &args, fname)?;
    let Some(text) = input.as_str() else {
        return Err(vm.type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            vm.type_name_of(&input)
        )));
    };
    let consumed = Value::Int(text.char_len() as i64);
    let data = encode_via(
        vm,
        &input,
        text.as_str(),
        found.lookup_name(),
        errors.as_deref(),
        false,
    )?;
    Ok(vm.new_tuple(vec![new_bytes(vm, data), consumed]))
}

/// `CodecInfo.decode(input, errors=None)`: `(str, length consumed)`.
fn codec_decode<const I: usize>(vm: &Vm, args: Args) -> PyResult<Value> {
    let found = codec_at(I);
    let fname = DECODE_NAMES.get(I).copied().unwrap_or("decode");
    let (input, errors) = codec_errors(vm, &args, fname)?;
    let Some(data) = bytes_like(vm, &input)? else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name_of(&input)
        )));
    };
    let consumed = Value::Int(data.len() as i64);
    let text = decode_via(vm, &data, found.lookup_name(), errors.as_deref(), false)?;
    Ok(vm.new_tuple(vec![vm.new_str(text), consumed]))
}

const ENCODERS: [NativeFn; 12] = [
    codec_encode::<0>,
    codec_encode::<1>,
    codec_encode::<2>,
    codec_encode::<3>,
    codec_encode::<4>,
    codec_encode::<5>,
    codec_encode::<6>,
    codec_encode::<7>,
    codec_encode::<8>,
    codec_encode::<9>,
    codec_encode::<10>,
    codec_encode::<11>,
];

const DECODERS: [NativeFn; 12] = [
    codec_decode::<0>,
    codec_decode::<1>,
    codec_decode::<2>,
    codec_decode::<3>,
    codec_decode::<4>,
    codec_decode::<5>,
    codec_decode::<6>,
    codec_decode::<7>,
    codec_decode::<8>,
    codec_decode::<9>,
    codec_decode::<10>,
    codec_decode::<11>,
];

/// `codecs.lookup(encoding)`: a `CodecInfo` tuple `(encode, decode,
/// streamreader, streamwriter)` with a `name` attribute.
fn lookup(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "lookup", 1, 1)?;
    let Some(name) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "lookup() argument must be str, not {}",
            vm.type_name_of(&a[0])
        )));
    };
    let found = codec(vm, name.as_str())?;
    let index = ALL.iter().position(|c| *c == found).unwrap_or(ALL.len());
    let function = |names: &[&'static str; 12], table: &[NativeFn; 12]| match (
        names.get(index),
        table.get(index),
    ) {
        (Some(n), Some(f)) => vm.new_builtin(n, *f, MethodKind::Static, None),
        _ => Value::None,
    };
    let info_type = match codec_info_type(vm) {
        Some(cls) => cls,
        None => make_codec_info_type(vm)?,
    };
    let info = new_struct_seq(
        vm,
        &info_type,
        vec![
            function(&ENCODE_NAMES, &ENCODERS),
            function(&DECODE_NAMES, &DECODERS),
            Value::None,
            Value::None,
        ],
    );
    vm.set_attr(&info, &vm.intern("name"), vm.intern(found.lookup_name()))?;
    Ok(info)
}

/// The one argument `encoding` of `getencoder`/`getdecoder` (Python
/// functions in CPython, so worded as theirs).
fn encoding_arg(vm: &Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let given = args.pos().len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes 1 positional argument but {given} were given"
        )));
    }
    let [encoding] = args.bind(vm, fname, ["encoding"], 1)?;
    encoding.ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() missing 1 required positional argument: 'encoding'"
        ))
    })
}

/// `codecs.getencoder(encoding)`: the encoder of `lookup(encoding)`.
fn getencoder(vm: &Vm, args: Args) -> PyResult<Value> {
    let encoding = encoding_arg(vm, &args, "getencoder")?;
    let info = lookup(vm, Args::positional(&[encoding]))?;
    vm.get_attr(&info, &vm.intern("encode"))
}

/// `codecs.getdecoder(encoding)`: the decoder of `lookup(encoding)`.
fn getdecoder(vm: &Vm, args: Args) -> PyResult<Value> {
    let encoding = encoding_arg(vm, &args, "getdecoder")?;
    let info = lookup(vm, Args::positional(&[encoding]))?;
    vm.get_attr(&info, &vm.intern("decode"))
}

fn make_codec_info_type(vm: &Vm) -> PyResult<ObjRef> {
    new_struct_seq_type(
        vm,
        "codecs",
        "CodecInfo",
        &["encode", "decode", "streamreader", "streamwriter"],
    )
}

/// `codecs.CodecInfo` of the imported module.
fn codec_info_type(vm: &Vm) -> Option<ObjRef> {
    let module = obj_dict_table(&vm.modules)?
        .borrow()
        .get_str(&vm.intern("codecs"))?;
    let dict = vm.module_dict(&module)?;
    let cls = obj_dict_table(&dict)?
        .borrow()
        .get_str(&vm.intern("CodecInfo"))?;
    cls.as_obj().cloned()
}

pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("codecs");
    if let Ok(cls) = make_codec_info_type(vm) {
        vm.module_set(&m, "CodecInfo", Value::Obj(cls));
    }
    super::add_functions(
        vm,
        &m,
        &[
            ("encode", encode),
            ("decode", decode),
            ("lookup", lookup),
            ("getencoder", getencoder),
            ("getdecoder", getdecoder),
        ],
    );
    let codec_functions: Vec<(&'static str, NativeFn)> = ENCODE_NAMES
        .iter()
        .zip(ENCODERS)
        .chain(DECODE_NAMES.iter().zip(DECODERS))
        .map(|(name, f)| (*name, f))
        .collect();
    super::add_functions(vm, &m, &codec_functions);
    let boms: [(&str, &[u8]); 10] = [
        ("BOM_UTF8", b"\xef\xbb\xbf"),
        ("BOM_UTF16", b"\xff\xfe"),
        ("BOM_UTF16_LE", b"\xff\xfe"),
        ("BOM_UTF16_BE", b"\xfe\xff"),
        ("BOM_UTF32", b"\xff\xfe\x00\x00"),
        ("BOM_UTF32_LE", b"\xff\xfe\x00\x00"),
        ("BOM_UTF32_BE", b"\x00\x00\xfe\xff"),
        ("BOM", b"\xff\xfe"),
        ("BOM_LE", b"\xff\xfe"),
        ("BOM_BE", b"\xfe\xff"),
    ];
    for (name, bytes) in boms {
        vm.module_set(&m, name, new_bytes(vm, bytes.to_vec()));
    }
    m
}
