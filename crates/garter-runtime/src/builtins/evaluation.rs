//! `eval`, `exec` and `compile`: source text (or a code object) run in
//! namespaces the caller chooses. The evaluator compiles and runs the code
//! (through [`crate::Evaluator`]); this file checks the arguments and
//! picks the namespaces as CPython does: by default the calling frame's
//! globals and locals, and a `__builtins__` entry added to globals that
//! lack one.

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::traceback::is_code_object;
use crate::value::{ObjRef, Value};
use crate::vm::CompileMode;
use crate::Vm;

/// What to run: source text or an existing code object.
enum Source {
    Text(String),
    Code(Value),
}

/// The source argument of `eval`/`exec`/`compile` as text, or the code
/// object it already is; `None` when it is neither.
fn source_of(vm: &Vm, v: &Value) -> PyResult<Option<Source>> {
    let bytes = match v.payload() {
        Some(Payload::Str(s)) => return Ok(Some(Source::Text(s.as_str().to_string()))),
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().to_vec(),
        _ if is_code_object(v) => return Ok(Some(Source::Code(v.clone()))),
        _ => return Ok(None),
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(Source::Text(text))),
        Err(_) => Err(vm.new_error(
            &vm.exc.syntax_error,
            "(unicode error) 'utf-8' codec can't decode bytes".into(),
        )),
    }
}

/// Rejects source with a NUL character, as CPython's compiler does.
fn check_nul(vm: &Vm, text: &str) -> PyResult<()> {
    if text.contains('\0') {
        return Err(vm.new_error(
            &vm.exc.syntax_error,
            "source code string cannot contain null bytes".into(),
        ));
    }
    Ok(())
}

fn is_dict(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    is_dict(v)
        || vm
            .class_of(v)
            .as_type()
            .is_some_and(|t| t.dunder(Dunder::GetItem).is_some())
}

/// The namespaces code runs in: `globals` (a dict, given `__builtins__`
/// if it has none) and `locals` (`None` when they are the globals).
fn namespaces(
    vm: &Vm,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let evaluator = vm.evaluator()?;
    let (globals, locals) = match (globals, locals) {
        (None, None) => (evaluator.globals(vm)?, Some(evaluator.locals(vm)?)),
        (None, Some(l)) => (evaluator.globals(vm)?, Some(l)),
        (Some(g), l) => (g, l),
    };
    let Some(globals_obj) = globals.as_obj().cloned() else {
        return Err(vm.type_error("globals must be a dict".into()));
    };
    let key = vm.intern("__builtins__");
    if !vm.contains(&globals, &key)? {
        vm.set_item(&globals, &key, Value::Obj(vm.builtins.clone()))?;
    }
    let locals = match locals {
        Some(l) if !l.is(&globals) => match l.as_obj() {
            Some(o) => Some(o.clone()),
            None => return Err(vm.type_error("locals must be a mapping".into())),
        },
        _ => None,
    };
    Ok((globals_obj, locals))
}

/// `eval(source, globals=None, locals=None)`.
pub fn eval(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("eval() takes no keyword arguments".into()));
    }
    let a = args.count(vm, "eval", 1, 3)?;
    let globals = a.get(1).filter(|g| !g.is_none()).cloned();
    let locals = a.get(2).filter(|l| !l.is_none()).cloned();
    if let Some(l) = &locals {
        if !is_mapping(vm, l) {
            return Err(vm.type_error("locals must be a mapping".into()));
        }
    }
    if let Some(g) = &globals {
        if !is_dict(g) {
            return Err(vm.type_error(if is_mapping(vm, g) {
                "globals must be a real dict; try eval(expr, {}, mapping)".into()
            } else {
                "globals must be a dict".into()
            }));
        }
    }
    let code = match source_of(vm, &a[0])? {
        Some(Source::Code(code)) => code,
        Some(Source::Text(text)) => {
            check_nul(vm, &text)?;
            let text = text.trim_start_matches([' ', '\t']);
            vm.evaluator()?
                .compile_source(vm, text, "<string>", CompileMode::Eval)?
        }
        None => {
            return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object".into()))
        }
    };
    let (globals, locals) = namespaces(vm, globals, locals)?;
    vm.evaluator()?.run_code(vm, &code, globals, locals)
}

/// `exec(source, globals=None, locals=None)`.
pub fn exec(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("exec() takes no keyword arguments".into()));
    }
    let a = args.count(vm, "exec", 1, 3)?;
    let globals = a.get(1).filter(|g| !g.is_none()).cloned();
    let locals = a.get(2).filter(|l| !l.is_none()).cloned();
    if let Some(g) = &globals {
        if !is_dict(g) {
            return Err(vm.type_error(format!(
                "exec() globals must be a dict, not {}",
                vm.type_name_of(g)
            )));
        }
    }
    if let Some(l) = &locals {
        if !is_mapping(vm, l) {
            return Err(vm.type_error(format!(
                "locals must be a mapping or None, not {}",
                vm.type_name_of(l)
            )));
        }
    }
    let code = match source_of(vm, &a[0])? {
        Some(Source::Code(code)) => code,
        Some(Source::Text(text)) => {
            check_nul(vm, &text)?;
            vm.evaluator()?
                .compile_source(vm, &text, "<string>", CompileMode::Exec)?
        }
        None => {
            return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object".into()))
        }
    };
    let (globals, locals) = namespaces(vm, globals, locals)?;
    vm.evaluator()?.run_code(vm, &code, globals, locals)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`.
pub fn compile(vm: &Vm, args: Args) -> PyResult<Value> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = args.bind(
        vm,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        6,
    )?;
    let (Some(source), Some(filename)) = (source, filename) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)".into()));
    };
    let Some(mode) = mode else {
        return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)".into()));
    };
    let filename = match filename.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                vm.type_name_of(&filename)
            )))
        }
    };
    let Some(mode_text) = mode.as_str() else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name_of(&mode)
        )));
    };
    let mode = match mode_text.as_str() {
        "exec" => CompileMode::Exec,
        "eval" => CompileMode::Eval,
        "single" => CompileMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'".into())),
    };
    match source_of(vm, &source)? {
        Some(Source::Code(code)) => Ok(code),
        Some(Source::Text(text)) => {
            check_nul(vm, &text)?;
            vm.evaluator()?.compile_source(vm, &text, &filename, mode)
        }
        None => Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object".into())),
    }
}
