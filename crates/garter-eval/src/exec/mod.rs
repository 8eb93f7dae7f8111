//! The tree-walking evaluator: `Interp` runs lowered code (`ir`) against
//! the runtime, and is the runtime's [`Evaluator`] for calling Python
//! functions.

mod assign;
pub(crate) mod attr_cache;
mod call;
mod class;
mod dynamic;
mod except_star;
mod expr;
pub mod frame;
mod frozen;
pub mod generator;
mod import;
mod machine;
mod namespace;
mod stmt;
pub mod threads;
pub mod traceback;

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::rc::{Rc, Weak};

use garter_runtime::object::Payload;
use garter_runtime::types::dict::{obj_dict_table, DictTable};
use garter_runtime::types::exception::{exception_data, SourceFile, TracebackEntry};
use garter_runtime::{Args, Evaluator, ObjRef, PyErr, PyResult, Value, Vm};
use garter_syntax::ast::Span;
use garter_syntax::LineIndex;

use crate::ir::Code;
use frame::Frame;

/// How a statement finished.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// The evaluator of one interpreter.
pub struct Interp {
    /// The runtime (weak: the runtime owns the evaluator).
    vm: Weak<Vm>,
    /// Frames being run, innermost last (for `super()`, `locals()`).
    frames: RefCell<Vec<*const Frame>>,
    next_frame_id: Cell<u64>,
    /// The `generator` type.
    pub generator_type: ObjRef,
    /// Where `import` looks for `.py` files.
    pub search_path: RefCell<Vec<PathBuf>>,
    /// Line tables of the source files run (each run of the same file
    /// name, such as REPL inputs, is a source of its own), for tracebacks.
    line_tables: RefCell<Vec<(Rc<SourceFile>, Rc<LineIndex>)>>,
    pub(crate) stacks: generator::StackPool,
    /// Local-slot vectors of finished frames, for reuse.
    slot_pool: RefCell<Vec<Vec<Option<Value>>>>,
    /// This evaluator, for generators that must keep it alive.
    self_weak: Weak<Interp>,
    /// The Python threads and their scheduler.
    pub(crate) threads: threads::Scheduler,
}

impl Interp {
    /// Makes the evaluator for `vm` and connects it.
    pub fn install(vm: &Rc<Vm>) -> Rc<Interp> {
        let interp = Rc::new_cyclic(|me| Interp {
            self_weak: me.clone(),
            vm: Rc::downgrade(vm),
            frames: RefCell::new(Vec::new()),
            next_frame_id: Cell::new(1),
            generator_type: generator::make_generator_type(vm),
            search_path: RefCell::new(Vec::new()),
            line_tables: RefCell::new(Vec::new()),
            stacks: generator::StackPool::default(),
            slot_pool: RefCell::new(Vec::new()),
            threads: threads::Scheduler::new(vm),
        });
        vm.set_evaluator(interp.clone());
        vm.native_next.set(Some(generator::native_next));
        interp
    }

    /// The runtime.
    pub(crate) fn vm(&self) -> Option<Rc<Vm>> {
        self.vm.upgrade()
    }

    pub(crate) fn new_frame_id(&self) -> u64 {
        let id = self.next_frame_id.get();
        self.next_frame_id.set(id + 1);
        id
    }

    /// Runs a module's code with `globals` as its namespace.
    pub fn run_module_code(&self, vm: &Vm, code: Rc<Code>, globals: ObjRef) -> PyResult<Value> {
        let _depth = vm.enter("")?;
        let frame = Frame::new(code, globals, Vec::new(), self.new_frame_id());
        self.run_frame(vm, &frame)
    }

    /// A vector for a new frame's local slots.
    pub(crate) fn take_slots(&self) -> Vec<Option<Value>> {
        self.slot_pool.borrow_mut().pop().unwrap_or_default()
    }

    /// Gives a finished frame's slot vector back (values dropped first).
    pub(crate) fn recycle(&self, frame: &Frame) {
        let mut slots = frame.locals.take_vec();
        slots.clear();
        let mut pool = self.slot_pool.borrow_mut();
        if pool.len() < 64 && slots.capacity() <= 64 {
            pool.push(slots);
        }
    }

    /// Runs a frame's body to its end.
    pub(crate) fn run_frame(&self, vm: &Vm, frame: &Frame) -> PyResult<Value> {
        self.frames.borrow_mut().push(frame as *const Frame);
        let result = self.exec_block(vm, frame, &frame.code.body);
        self.frames.borrow_mut().pop();
        match result? {
            Flow::Return(v) => Ok(v),
            _ => Ok(Value::None),
        }
    }

    /// The innermost frame, if any.
    pub(crate) fn current_frame(&self) -> Option<&Frame> {
        let ptr = *self.frames.borrow().last()?;
        // SAFETY: a frame is on this list only while `run_frame` (or a
        // generator resumption) holds it alive on the stack.
        Some(unsafe { &*ptr })
    }

    /// Records that `err` passed through `frame` at `span` (once per
    /// frame), and links it to the exception being handled.
    pub(crate) fn at(&self, frame: &Frame, span: Span, err: PyErr) -> PyErr {
        let value = err.value();
        let Some(data) = exception_data(&value) else {
            return err;
        };
        let mut tb = data.traceback.borrow_mut();
        if tb.last().is_some_and(|e| e.frame_id == frame.id) {
            return err;
        }
        let line = self.line_of(&frame.code, span);
        tb.push(TracebackEntry {
            frame_id: frame.id,
            file: frame.code.file.clone(),
            function: frame.code.name.as_str().map_or("?", |s| s.as_str()).into(),
            line,
            span: (span.start, span.end),
            globals: Some(frame.globals.clone()),
            varnames: frame.code.local_names.clone(),
        });
        drop(tb);
        err
    }

    fn line_of(&self, code: &Code, span: Span) -> u32 {
        let mut tables = self.line_tables.borrow_mut();
        let index = match tables.iter().find(|(f, _)| Rc::ptr_eq(f, &code.file)) {
            Some((_, t)) => t.clone(),
            None => {
                let t = Rc::new(LineIndex::new(&code.file.text));
                tables.push((code.file.clone(), t.clone()));
                t
            }
        };
        index.line_of(span.start as usize) as u32
    }

    /// Sets `__context__` of a newly raised exception to the one being
    /// handled, as CPython does when raising inside an except block.
    pub(crate) fn chain_context(&self, vm: &Vm, err: &PyErr) {
        let Some(handled) = vm.handling.borrow().last().cloned() else {
            return;
        };
        let value = err.value();
        if value.is(&handled) {
            return;
        }
        if let Some(data) = exception_data(&value) {
            if data.context.borrow().is_none() {
                let mut cur = handled.clone();
                let mut guard = 0;
                while let Some(d) = exception_data(&cur) {
                    let next = d.context.borrow().clone();
                    if next.is(&value) {
                        *d.context.borrow_mut() = Value::None;
                        break;
                    }
                    if next.is_none() || guard > 1000 {
                        break;
                    }
                    cur = next;
                    guard += 1;
                }
                *data.context.borrow_mut() = handled;
            }
        }
    }
}

impl Evaluator for Interp {
    fn call_function(&self, vm: &Vm, func: &ObjRef, args: Args) -> PyResult<Value> {
        self.call_python(vm, func, args)
    }

    fn zero_arg_super(&self, vm: &Vm) -> PyResult<(Value, Value)> {
        let Some(frame) = self.current_frame() else {
            return Err(vm.runtime_error("super(): no arguments".into()));
        };
        let code = &frame.code;
        if code.params.positional.is_empty() && code.params.vararg.is_none() {
            return Err(vm.runtime_error("super(): no arguments".into()));
        }
        let first = match code.cell_params.iter().find(|(_, slot)| *slot == 0) {
            Some((cell, _)) => cell_value(frame.cells.get(*cell as usize)),
            None => frame.locals.get(0),
        };
        let Some(first) = first else {
            return Err(vm.runtime_error("super(): arg[0] deleted".into()));
        };
        let class_cell = code
            .freevars
            .iter()
            .position(|n| n.as_str().is_some_and(|s| s.as_str() == "__class__"))
            .and_then(|i| frame.cells.get(code.cellvars.len() + i));
        let Some(cell) = class_cell else {
            return Err(vm.runtime_error("super(): __class__ cell not found".into()));
        };
        match cell_value(Some(cell)) {
            Some(cls) => Ok((cls, first)),
            None => Err(vm.runtime_error("super(): empty __class__ cell".into())),
        }
    }

    fn globals(&self, vm: &Vm) -> PyResult<Value> {
        match self.current_frame() {
            Some(f) => Ok(Value::Obj(f.globals.clone())),
            None => Err(vm.runtime_error("globals(): no current frame".into())),
        }
    }

    fn locals(&self, vm: &Vm) -> PyResult<Value> {
        let Some(frame) = self.current_frame() else {
            return Err(vm.runtime_error("locals(): no current frame".into()));
        };
        if let Some(ns) = &frame.ns {
            return Ok(Value::Obj(ns.clone()));
        }
        let code = &frame.code;
        if code.kind == crate::ir::CodeKind::Module {
            return Ok(Value::Obj(frame.globals.clone()));
        }
        let existing = frame.locals_dict.borrow().clone();
        let dict = match existing {
            Some(d) => d,
            None => {
                let d = vm.new_dict(DictTable::new());
                let Some(o) = d.as_obj().cloned() else {
                    return Ok(d);
                };
                *frame.locals_dict.borrow_mut() = Some(o.clone());
                o
            }
        };
        let Some(table) = obj_dict_table(&dict) else {
            return Ok(Value::Obj(dict));
        };
        let mut replaced = Vec::new();
        let fast = code
            .local_names
            .iter()
            .enumerate()
            .filter(|(_, name)| !code.cellvars.iter().any(|c| c.is(name)))
            .map(|(i, name)| (name, frame.locals.get(i)));
        let cells = code
            .cellvars
            .iter()
            .chain(&code.freevars)
            .enumerate()
            .map(|(i, name)| (name, cell_value(frame.cells.get(i))));
        for (name, value) in fast.chain(cells) {
            let old = match value {
                Some(v) => {
                    let old = table.borrow().get_str(name);
                    table.borrow_mut().set_str(name.clone(), v);
                    old
                }
                None => table.borrow_mut().del_str(name),
            };
            replaced.push(old);
        }
        drop(replaced);
        Ok(Value::Obj(dict))
    }

    fn import_source(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        if let Some(module) = import::evaluator_native_module(vm, name) {
            vm.add_module(name, module.clone());
            return Ok(Some(module));
        }
        self.import_py_file(vm, name)
    }

    fn switch_threads(&self, vm: &Vm) -> PyResult<()> {
        self.preempt(vm)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn compile_source(
        &self,
        vm: &Vm,
        source: &str,
        filename: &str,
        mode: garter_runtime::CompileMode,
    ) -> PyResult<Value> {
        Interp::compile_source(self, vm, source, filename, mode)
    }

    fn run_code(
        &self,
        vm: &Vm,
        code: &Value,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<Value> {
        self.run_compiled(vm, code, globals, locals)
    }
}

/// The value in a cell object.
pub(crate) fn cell_value(cell: Option<&ObjRef>) -> Option<Value> {
    match cell.map(|c| &c.payload) {
        Some(Payload::Cell(v)) => v.borrow().clone(),
        _ => None,
    }
}
