//! `open()`: imports `io` (Python, over the native `_garter_os.FileIO`,
//! which checks the filesystem capability) and calls `io.open`.

use crate::args::Args;
use crate::error::PyResult;
use crate::value::Value;
use crate::Vm;

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &Vm, args: Args) -> PyResult<Value> {
    let io = super::importing::import(vm, Args::positional(&[vm.intern("io")]))?;
    let open = vm.get_attr(&io, &vm.intern("open"))?;
    vm.call(&open, args)
}
