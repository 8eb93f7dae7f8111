//! Modules written in Python and embedded in the binary (`pysrc/`): their
//! sources, looked up by dotted name when no file on the search path
//! provides the module.

/// The source of one embedded module.
pub struct FrozenModule {
    pub source: &'static str,
    /// A package gets an empty `__path__` so its submodules can be imported.
    pub is_package: bool,
}

/// The embedded module `name`, if there is one.
pub fn frozen_module(name: &str) -> Option<FrozenModule> {
    let (source, is_package) = match name {
        "abc" => (include_str!("pysrc/abc.py"), false),
        "_collections" => (include_str!("pysrc/_collections.py"), false),
        "_collections_user" => (include_str!("pysrc/_collections_user.py"), false),
        "collections" => (include_str!("pysrc/collections/__init__.py"), true),
        "collections.abc" => (include_str!("pysrc/collections/abc.py"), false),
        "threading" => (include_str!("pysrc/threading.py"), false),
        "queue" => (include_str!("pysrc/queue.py"), false),
        "functools" => (include_str!("pysrc/functools.py"), false),
        "copyreg" => (include_str!("pysrc/copyreg.py"), false),
        "operator" => (include_str!("pysrc/operator.py"), false),
        "itertools" => (include_str!("pysrc/itertools.py"), false),
        "copy" => (include_str!("pysrc/copy.py"), false),
        "string" => (include_str!("pysrc/string.py"), false),
        "random" => (include_str!("pysrc/random.py"), false),
        "_garter_sha512" => (include_str!("pysrc/_garter_sha512.py"), false),
        "bisect" => (include_str!("pysrc/bisect.py"), false),
        "struct" => (include_str!("pysrc/struct.py"), false),
        "heapq" => (include_str!("pysrc/heapq.py"), false),
        "typing" => (include_str!("pysrc/typing.py"), false),
        "_typing_extras" => (include_str!("pysrc/_typing_extras.py"), false),
        "dataclasses" => (include_str!("pysrc/dataclasses.py"), false),
        "enum" => (include_str!("pysrc/enum.py"), false),
        "re" => (include_str!("pysrc/re.py"), false),
        "__future__" => (include_str!("pysrc/__future__.py"), false),
        "io" => (include_str!("pysrc/io.py"), false),
        "os" => (include_str!("pysrc/os.py"), false),
        "posixpath" => (include_str!("pysrc/posixpath.py"), false),
        "json" => (include_str!("pysrc/json/__init__.py"), true),
        "json.decoder" => (include_str!("pysrc/json/decoder.py"), false),
        "json.encoder" => (include_str!("pysrc/json/encoder.py"), false),
        "contextlib" => (include_str!("pysrc/contextlib.py"), false),
        "importlib" => (include_str!("pysrc/importlib.py"), false),
        "traceback" => (include_str!("pysrc/traceback.py"), false),
        "types" => (include_str!("pysrc/types.py"), false),
        "keyword" => (include_str!("pysrc/keyword.py"), false),
        "gc" => (include_str!("pysrc/gc.py"), false),
        "textwrap" => (include_str!("pysrc/textwrap.py"), false),
        _ => return None,
    };
    Some(FrozenModule { source, is_package })
}
