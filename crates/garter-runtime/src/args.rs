//! `Args`: the arguments of a call, and helpers that check them the way
//! CPython's builtins do (with CPython's TypeError messages).
//!
//! Arguments travel as one slice, positional values first, then the
//! values of keyword arguments whose names are in `kwnames` (CPython's
//! vectorcall layout), so a call needs no map and no allocation.

use crate::error::PyResult;
use crate::value::Value;
use crate::Vm;

/// The arguments of one call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional values, then keyword values.
    pub values: &'a [Value],
    /// Names (str values) of the trailing keyword values.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional values.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// `(name, value)` for each keyword argument.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .zip(&self.values[start..])
            .map(|(name, value)| (name.as_str().map_or("", |s| s.as_str()), value))
    }

    pub fn has_keywords(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// Fails with "NAME() takes no keyword arguments" if any were given.
    pub fn no_keywords(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(format!("{name}() takes no keyword arguments")))
        }
    }

    /// Checks a builtin's positional count, with CPython's wording:
    /// "len() takes exactly one argument (2 given)",
    /// "pop expected at most 1 argument, got 2", ...
    pub fn count(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_keywords(vm, name)?;
        let pos = self.pos();
        let n = pos.len();
        if n >= min && n <= max {
            return Ok(pos);
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        Err(vm.type_error(msg))
    }

    /// Binds positional and keyword arguments to `names`, for builtins
    /// that accept keywords; the first `max_positional` may be passed
    /// positionally. Unknown or repeated names raise TypeError.
    pub fn bind<const N: usize>(
        &self,
        vm: &Vm,
        fname: &str,
        names: [&str; N],
        max_positional: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = self.pos();
        if pos.len() > max_positional {
            return Err(vm.type_error(format!(
                "{fname}() takes at most {max_positional} positional argument{} ({} given)",
                plural(max_positional),
                pos.len()
            )));
        }
        for (slot, value) in out.iter_mut().zip(pos) {
            *slot = Some(value.clone());
        }
        for (name, value) in self.keywords() {
            match names.iter().position(|n| *n == name) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {fname}() given by name ('{name}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(value.clone());
                }
                None => {
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            }
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
