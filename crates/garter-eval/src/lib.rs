//! Garter's evaluator: scope analysis (names resolved to slots before
//! running), lowering to the evaluator's tree (`ir`), then a tree-walking
//! evaluator (`exec`) over it.
//!
//! [`Interpreter`] ties the runtime and the evaluator together: it makes
//! a `Vm`, runs modules as `__main__` on a large dedicated stack (made
//! once per interpreter and reused, and handed on to the thread's next
//! interpreter when it is dropped), and renders uncaught exceptions as
//! CPython does. `embed.rs` adds what the embedding API needs: running
//! code in a namespace, evaluating an expression, calling a callable.

mod embed;
pub mod exec;
mod interactive;
pub mod ir;
mod lower;
mod sandbox;
mod scope;

use std::path::PathBuf;
use std::rc::Rc;

use std::cell::RefCell;

use corosensei::stack::{DefaultStack, Stack};

use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::types::exception::SourceFile;
use garter_runtime::{PyErr, PyResult, Value, Vm};
use garter_syntax::SyntaxError;

pub use exec::traceback::format_exception;
use exec::Interp;

/// Native stack for running Python code (virtual; touched pages only).
const MAIN_STACK: usize = 1 << 30;

/// How many stacks of dropped interpreters a thread keeps for its next
/// interpreters (mapping a fresh one and first touching its pages costs
/// far more than running a short snippet).
const SPARE_STACKS_KEPT: usize = 2;

thread_local! {
    /// Stacks of this thread's dropped interpreters, free for reuse: only
    /// memory, no interpreter state.
    static SPARE_STACKS: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

/// An interpreter: a runtime with an evaluator attached.
pub struct Interpreter {
    vm: Rc<Vm>,
    interp: Rc<Interp>,
    /// The large stack Python code runs on, while no code is running
    /// (see [`Interpreter::on_big_stack`]).
    stack: RefCell<Option<DefaultStack>>,
}

/// Dropping an interpreter empties its namespaces (`Vm::teardown`), so
/// that the reference cycles they hold do not keep its memory alive
/// (unless something else still shares the runtime), and gives its stack
/// to the thread's spares.
impl Drop for Interpreter {
    fn drop(&mut self) {
        if Rc::strong_count(&self.vm) == 1 {
            self.vm.teardown();
        }
        if let Some(stack) = self.stack.get_mut().take() {
            let _ = SPARE_STACKS.try_with(|s| {
                let mut spares = s.borrow_mut();
                if spares.len() < SPARE_STACKS_KEPT {
                    spares.push(stack);
                }
            });
        }
    }
}

impl Default for Interpreter {
    fn default() -> Interpreter {
        Interpreter::new()
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        let vm = Rc::new(Vm::new());
        let interp = Interp::install(&vm);
        let builtins_module = vm.new_module_with_dict("builtins", vm.builtins.clone());
        vm.add_module("builtins", builtins_module);
        Interpreter {
            vm,
            interp,
            stack: RefCell::new(None),
        }
    }

    /// The runtime.
    pub fn vm(&self) -> &Rc<Vm> {
        &self.vm
    }

    /// Ends the interpreter of a process that exits next (the `garter`
    /// command): what the program made is freed as at shutdown, so open
    /// files are written out and closed, and standard output is flushed;
    /// the interpreter's own builtins and types are left to the operating
    /// system rather than taken apart and freed one by one (a fifth of
    /// the work of `garter -c pass`).
    pub fn finish_for_exit(self) {
        self.vm.release_program();
        self.vm.flush_stdout();
        std::mem::forget(self);
    }

    /// A flag any thread may set (a Ctrl-C handler, a host's cancel
    /// button): the running code then raises KeyboardInterrupt at its next
    /// call or loop iteration, and the flag is cleared.
    pub fn interrupt_flag(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.vm.interrupt.clone()
    }

    /// Sets `sys.argv`.
    pub fn set_argv(&self, argv: Vec<String>) {
        if let Some(sys) = self.vm.sys.get() {
            let list = self
                .vm
                .new_list(argv.iter().map(|a| self.vm.new_str(a.clone())).collect());
            let _ = self.vm.set_attr(sys, &self.vm.intern("argv"), list);
        }
        *self.vm.argv.borrow_mut() = argv;
    }

    /// Adds a directory `import` searches (and to `sys.path`).
    pub fn add_search_path(&self, dir: PathBuf) {
        let name = dir.display().to_string();
        self.vm.sys_path.borrow_mut().push(name.clone());
        if let Some(sys) = self.vm.sys.get() {
            if let Ok(path) = self.vm.get_attr(sys, &self.vm.intern("path")) {
                let _ = self
                    .vm
                    .call_method(&path, "append", &[self.vm.new_str(name)]);
            }
        }
        self.interp.search_path.borrow_mut().push(dir);
    }

    /// Runs `source` as the `__main__` module. A syntax error in the
    /// source itself comes back as [`RunError::Syntax`], for the caller
    /// to report with the source at hand.
    pub fn run_main(&self, source: String, filename: &str) -> Result<(), RunError> {
        let vm = &self.vm;
        let interp = &self.interp;
        self.on_big_stack(|| {
            let module_ast = parse_checked(&source)?;
            let file = Rc::new(SourceFile {
                name: filename.to_string(),
                text: source,
            });
            let code = lower::lower_module(vm, &module_ast, file);
            drop(module_ast);
            let module = vm.new_module("__main__");
            vm.module_set(&module, "__file__", vm.new_str(filename.to_string()));
            // `__main__.__builtins__` is the builtins module itself (other
            // modules get its dict), as in CPython.
            let builtins = obj_dict_table(&vm.modules)
                .and_then(|t| t.borrow().get_str(&vm.intern("builtins")))
                .unwrap_or_else(|| Value::Obj(vm.builtins.clone()));
            vm.module_set(&module, "__builtins__", builtins);
            vm.add_module("__main__", module.clone());
            let Some(globals) = vm.module_dict(&module) else {
                return Ok(());
            };
            let result = interp.run_module_code(vm, code, globals);
            let finished = interp.finish_threads(vm);
            result?;
            finished?;
            Ok(())
        })?
    }

    /// Runs `f` on the interpreter's large stack, with the runtime's
    /// stack guard set. The stack is made on first use and kept for the
    /// next run; a run started from inside another one (a host function
    /// calling back into Python) goes on with the stack it is on. Fails
    /// (MemoryError) only when no stack can be mapped.
    pub fn on_big_stack<R>(&self, f: impl FnOnce() -> R) -> Result<R, PyErr> {
        let cached = self.stack.borrow_mut().take();
        let mut stack = match cached {
            Some(stack) => stack,
            None if self.vm.stack_floor() != 0 => return Ok(f()),
            None => match SPARE_STACKS
                .try_with(|s| s.borrow_mut().pop())
                .ok()
                .flatten()
            {
                Some(stack) => stack,
                None => DefaultStack::new(MAIN_STACK).map_err(|_| self.vm.memory_error())?,
            },
        };
        let floor = stack.limit().get();
        let saved = self.vm.set_stack_floor(floor);
        let result = corosensei::on_stack(&mut stack, f);
        self.vm.set_stack_floor(saved);
        *self.stack.borrow_mut() = Some(stack);
        Ok(result)
    }

    /// CPython's traceback text for an uncaught exception.
    pub fn format_exception(&self, err: &PyErr) -> String {
        format_exception(&self.vm, err)
    }
}

/// Why running a program stopped.
pub enum RunError {
    /// The source does not compile.
    Syntax(SyntaxError),
    /// An exception escaped.
    Exception(PyErr),
}

impl From<PyErr> for RunError {
    fn from(e: PyErr) -> RunError {
        RunError::Exception(e)
    }
}

/// Parses a module and runs the compile-time checks on it.
fn parse_checked(source: &str) -> Result<garter_syntax::ast::Module, RunError> {
    garter_syntax::parse_module(source)
        .and_then(|m| garter_syntax::validate::check_module_source(&m, source).map(|_| m))
        .map_err(RunError::Syntax)
}

/// Parses, checks and lowers a source file.
pub fn compile(vm: &Vm, file: Rc<SourceFile>) -> PyResult<Rc<ir::Code>> {
    let module = garter_syntax::parse_module(&file.text)
        .and_then(|m| garter_syntax::validate::check_module_source(&m, &file.text).map(|_| m))
        .map_err(|e| syntax_error(vm, &e, &file.name, &file.text))?;
    Ok(lower::lower_module(vm, &module, file))
}

/// A Python SyntaxError (or subclass) for a front-end error.
pub fn syntax_error(vm: &Vm, err: &SyntaxError, filename: &str, source: &str) -> PyErr {
    let cls = match err.kind {
        garter_syntax::SyntaxErrorKind::IndentationError => &vm.exc.indentation_error,
        garter_syntax::SyntaxErrorKind::TabError => &vm.exc.tab_error,
        garter_syntax::SyntaxErrorKind::RecursionError => &vm.exc.recursion_error,
        _ => &vm.exc.syntax_error,
    };
    let e = vm.new_error(cls, err.msg.clone());
    let exc = e.value();
    let _ = vm.set_attr(&exc, &vm.intern("msg"), vm.new_str(err.msg.clone()));
    let _ = vm.set_attr(
        &exc,
        &vm.intern("filename"),
        vm.new_str(filename.to_string()),
    );
    let loc = err.location(&garter_syntax::LineIndex::new(source), source);
    let _ = vm.set_attr(&exc, &vm.intern("lineno"), Value::Int(loc.lineno as i64));
    let _ = vm.set_attr(&exc, &vm.intern("offset"), Value::Int(loc.offset as i64));
    e
}
