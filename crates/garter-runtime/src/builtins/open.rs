//! `open()`: imports `io` (Python, over the native `_garter_os.FileIO`,
//! which checks the filesystem capability) and calls `io.open`.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::exception::exception_data;
use crate::value::Value;
use crate::Vm;

/// The file name `io`'s frames carry in tracebacks.
const IO_SOURCE: &str = "<frozen io>";

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`. As in CPython, where `open`
/// is native, a failure shows no frames of `io` itself in its traceback.
pub fn open(vm: &Vm, args: Args) -> PyResult<Value> {
    let io = super::importing::import(vm, Args::positional(&[vm.intern("io")]))?;
    let open = vm.get_attr(&io, &vm.intern("open"))?;
    vm.call(&open, args).inspect_err(|err| {
        if let Some(data) = exception_data(&err.value()) {
            data.traceback
                .borrow_mut()
                .retain(|entry| entry.file.name != IO_SOURCE);
        }
    })
}
