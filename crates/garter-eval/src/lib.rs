//! Garter's evaluator: scope analysis (names resolved to slots before
//! running), lowering to the evaluator's tree (`ir`), then a tree-walking
//! evaluator (`exec`) over it.
//!
//! [`Interpreter`] ties the runtime and the evaluator together: it makes
//! a `Vm`, runs modules as `__main__` on a large dedicated stack, and
//! renders uncaught exceptions as CPython does.

pub mod exec;
mod interactive;
pub mod ir;
mod lower;
mod scope;

use std::path::PathBuf;
use std::rc::Rc;

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult};

use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::types::exception::SourceFile;
use garter_runtime::{PyErr, PyResult, Value, Vm};
use garter_syntax::SyntaxError;

pub use exec::traceback::format_exception;
use exec::Interp;

/// Native stack for running Python code (virtual; touched pages only).
const MAIN_STACK: usize = 1 << 30;

/// An interpreter: a runtime with an evaluator attached.
pub struct Interpreter {
    vm: Rc<Vm>,
    interp: Rc<Interp>,
}

impl Drop for Interpreter {
    /// Empties the interpreter's namespaces (`Vm::teardown`), so that the
    /// reference cycles they hold do not keep its memory alive, unless
    /// something else still shares the runtime.
    fn drop(&mut self) {
        if Rc::strong_count(&self.vm) == 1 {
            self.vm.teardown();
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
        let _ = vm.set_item(
            &Value::Obj(vm.modules.clone()),
            &vm.intern("builtins"),
            builtins_module,
        );
        Interpreter { vm, interp }
    }

    /// The runtime.
    pub fn vm(&self) -> &Rc<Vm> {
        &self.vm
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
        let vm = self.vm.clone();
        let interp = self.interp.clone();
        let filename = filename.to_string();
        run_on_big_stack(&self.vm, move || {
            let module_ast = parse_checked(&source)?;
            let file = Rc::new(SourceFile {
                name: filename.clone(),
                text: source,
            });
            let code = lower::lower_module(&vm, &module_ast, file);
            drop(module_ast);
            let module = vm.new_module("__main__");
            vm.module_set(&module, "__file__", vm.new_str(filename));
            // `__main__.__builtins__` is the builtins module itself (other
            // modules get its dict), as in CPython.
            let builtins = obj_dict_table(&vm.modules)
                .and_then(|t| t.borrow().get_str(&vm.intern("builtins")))
                .unwrap_or_else(|| Value::Obj(vm.builtins.clone()));
            vm.module_set(&module, "__builtins__", builtins);
            vm.set_item(
                &Value::Obj(vm.modules.clone()),
                &vm.intern("__main__"),
                module.clone(),
            )?;
            let Some(globals) = vm.module_dict(&module) else {
                return Ok(());
            };
            let result = interp.run_module_code(&vm, code, globals);
            let finished = interp.finish_threads(&vm);
            result?;
            finished?;
            Ok(())
        })
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

/// Runs `f` on a fresh large stack, with the runtime's stack guard set.
fn run_on_big_stack<F>(vm: &Rc<Vm>, f: F) -> Result<(), RunError>
where
    F: FnOnce() -> Result<(), RunError> + 'static,
{
    let stack = DefaultStack::new(MAIN_STACK).map_err(|_| vm.memory_error())?;
    let floor = stack.limit().get();
    let saved = vm.set_stack_floor(floor);
    let mut co = Coroutine::with_stack(stack, move |_: &corosensei::Yielder<(), ()>, ()| f());
    let result = match co.resume(()) {
        CoroutineResult::Return(r) => r,
        CoroutineResult::Yield(()) => Err(vm
            .runtime_error("unexpected yield on the main stack".into())
            .into()),
    };
    vm.set_stack_floor(saved);
    result
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
