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
        "io" => (include_str!("pysrc/io.py"), false),
        "os" => (include_str!("pysrc/os.py"), false),
        "posixpath" => (include_str!("pysrc/posixpath.py"), false),
        _ => return None,
    };
    Some(FrozenModule { source, is_package })
}
