//! The evaluator's side of `compile`, `eval` and `exec`: source text
//! becomes a code object holding lowered code, and a code object runs as
//! a module body in the namespaces the builtin chose.

use std::rc::Rc;

use garter_runtime::types::exception::SourceFile;
use garter_runtime::types::traceback::{compiled_code, new_compiled_code_object};
use garter_runtime::{CompileMode, ObjRef, PyErr, PyResult, Value, Vm};
use garter_syntax::ast::{Module, Stmt, StmtKind};
use garter_syntax::SyntaxError;

use super::frame::Frame;
use super::Interp;
use crate::ir::Code;

/// The SyntaxError for a parse failure `err`, with `text` set to the
/// offending line as CPython reports it: with a newline for statements
/// (whose source the compiler ends with one), not for an expression.
fn syntax_error_with_text(
    vm: &Vm,
    err: &SyntaxError,
    filename: &str,
    source: &str,
    mode: CompileMode,
) -> PyErr {
    let e = crate::syntax_error(vm, err, filename, source);
    let loc = err.location(&garter_syntax::LineIndex::new(source), source);
    let line = source
        .split_inclusive('\n')
        .nth(loc.lineno.saturating_sub(1))
        .unwrap_or_default();
    let mut text = line.to_string();
    if mode != CompileMode::Eval && !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = vm.set_attr(&e.value(), &vm.intern("text"), vm.new_str(text));
    set_end_position(vm, &e, err, source);
    e
}

/// Sets `end_lineno` and `end_offset` of the SyntaxError `e`.
fn set_end_position(vm: &Vm, e: &PyErr, err: &SyntaxError, source: &str) {
    let loc = err.location(&garter_syntax::LineIndex::new(source), source);
    let exc = e.value();
    let _ = vm.set_attr(
        &exc,
        &vm.intern("end_lineno"),
        Value::Int(loc.end_lineno as i64),
    );
    let _ = vm.set_attr(
        &exc,
        &vm.intern("end_offset"),
        Value::Int(loc.end_offset as i64),
    );
}

/// What a code object made by `compile()` carries: the lowered module
/// body (for "eval", one `return` of the expression).
struct CompiledSource {
    code: Rc<Code>,
}

impl Interp {
    /// Compiles `source` into a code object named `<module>`.
    pub(crate) fn compile_source(
        &self,
        vm: &Vm,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> PyResult<Value> {
        let file = Rc::new(SourceFile {
            name: filename.to_string(),
            text: source.to_string(),
        });
        let parsed = match mode {
            CompileMode::Eval => garter_syntax::parse_expression(source).map(|expr| Module {
                body: vec![Stmt {
                    span: expr.span,
                    kind: StmtKind::Return {
                        value: Some(Box::new(expr)),
                    },
                }],
                type_ignores: Vec::new(),
            }),
            CompileMode::Exec | CompileMode::Single => garter_syntax::parse_module(source),
        };
        let module = parsed.map_err(|e| {
            let err = syntax_error_with_text(vm, &e, filename, source, mode);
            if mode == CompileMode::Eval && source.is_empty() {
                let exc = err.value();
                let _ = vm.set_attr(&exc, &vm.intern("lineno"), Value::Int(0));
                let _ = vm.set_attr(&exc, &vm.intern("offset"), Value::Int(0));
            }
            err
        })?;
        if mode != CompileMode::Eval {
            garter_syntax::validate::check_module_source(&module, source).map_err(|e| {
                let err = crate::syntax_error(vm, &e, filename, source);
                set_end_position(vm, &err, &e, source);
                err
            })?;
        }
        let mut code = crate::lower::lower_dynamic_module(vm, &module, file);
        if mode == CompileMode::Single {
            if let Some(body) = Rc::get_mut(&mut code) {
                let hook = crate::interactive::display_hook(vm);
                crate::interactive::echo_expression_statements(&mut body.body, &hook);
            }
        }
        Ok(new_compiled_code_object(
            vm,
            "<module>".into(),
            filename.to_string(),
            Rc::new(CompiledSource { code }),
        ))
    }

    /// Runs a code object from [`Interp::compile_source`]: top-level names
    /// live in `locals` when given, else in `globals`.
    pub(crate) fn run_compiled(
        &self,
        vm: &Vm,
        code: &Value,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<Value> {
        let compiled = compiled_code(code).and_then(|c| c.downcast::<CompiledSource>().ok());
        let Some(compiled) = compiled else {
            return Err(vm.type_error(
                "code object passed to eval() or exec() was not made by compile()".into(),
            ));
        };
        let _depth = vm.enter("")?;
        let mut frame = Frame::new(
            compiled.code.clone(),
            globals,
            Vec::new(),
            self.new_frame_id(),
        );
        frame.ns = locals;
        self.run_frame(vm, &frame)
    }
}
