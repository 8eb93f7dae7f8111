//! [`IntoArgs`]: the positional arguments of a call from Rust, as a tuple
//! of convertible values.

use garter_runtime::{PyErr, Value, Vm};

use crate::IntoPy;

/// Positional arguments for [`Interpreter::call`](crate::Interpreter::call):
/// `()`, a tuple of up to eight [`IntoPy`] values, or a `Vec<Value>`.
pub trait IntoArgs {
    /// The converted values.
    type Values: AsRef<[Value]>;

    /// Converts the arguments.
    fn into_args(self, vm: &Vm) -> Result<Self::Values, PyErr>;
}

impl IntoArgs for () {
    type Values = [Value; 0];

    fn into_args(self, _vm: &Vm) -> Result<[Value; 0], PyErr> {
        Ok([])
    }
}

impl IntoArgs for Vec<Value> {
    type Values = Vec<Value>;

    fn into_args(self, _vm: &Vm) -> Result<Vec<Value>, PyErr> {
        Ok(self)
    }
}

macro_rules! tuple_args {
    ($($len:literal => ($($name:ident $index:tt),+);)*) => {$(
        impl<$($name: IntoPy),+> IntoArgs for ($($name,)+) {
            type Values = [Value; $len];

            fn into_args(self, vm: &Vm) -> Result<[Value; $len], PyErr> {
                Ok([$(self.$index.into_py(vm)?),+])
            }
        }
    )*};
}

tuple_args! {
    1 => (A 0);
    2 => (A 0, B 1);
    3 => (A 0, B 1, C 2);
    4 => (A 0, B 1, C 2, D 3);
    5 => (A 0, B 1, C 2, D 3, E 4);
    6 => (A 0, B 1, C 2, D 3, E 4, F 5);
    7 => (A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    8 => (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
}
