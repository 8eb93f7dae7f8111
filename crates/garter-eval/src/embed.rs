//! What the embedding API (`garter` crate) needs from the evaluator:
//! running source in a namespace of the host's choosing, evaluating one
//! expression, calling a callable and importing a module, each on the
//! interpreter's large stack.

use std::rc::Rc;

use garter_runtime::types::exception::SourceFile;
use garter_runtime::{Args, ObjRef, PyResult, Value};
use garter_syntax::ast::{Module, Stmt, StmtKind};

use crate::{lower, parse_checked, Interpreter, RunError};

impl Interpreter {
    /// The namespace of `__main__` (a dict object), made when there is
    /// none yet.
    pub fn main_globals(&self) -> PyResult<ObjRef> {
        crate::interactive::main_globals(&self.vm)
    }

    /// Runs the statements of `source` (shown in tracebacks as the file
    /// `filename`) with `globals` (a dict object) as their namespace.
    pub fn exec_in(&self, source: &str, filename: &str, globals: &ObjRef) -> Result<(), RunError> {
        self.on_big_stack(|| {
            let module = parse_checked(source)?;
            let code = lower::lower_module(&self.vm, &module, source_file(source, filename));
            drop(module);
            self.interp
                .run_module_code(&self.vm, code, globals.clone())?;
            Ok(())
        })?
    }

    /// The value of the expression `source`, evaluated with `globals` as
    /// its namespace.
    pub fn eval_in(
        &self,
        source: &str,
        filename: &str,
        globals: &ObjRef,
    ) -> Result<Value, RunError> {
        self.on_big_stack(|| {
            let expr = garter_syntax::parse_expression(source).map_err(RunError::Syntax)?;
            let span = expr.span;
            let mut module = Module {
                body: vec![Stmt {
                    span,
                    kind: StmtKind::Expr {
                        value: Box::new(expr),
                    },
                }],
                type_ignores: Vec::new(),
            };
            garter_syntax::validate::check_module_source(&module, source)
                .map_err(RunError::Syntax)?;
            if let Some(stmt) = module.body.first_mut() {
                if let StmtKind::Expr { value } = std::mem::replace(&mut stmt.kind, StmtKind::Pass)
                {
                    stmt.kind = StmtKind::Return { value: Some(value) };
                }
            }
            let code = lower::lower_module(&self.vm, &module, source_file(source, filename));
            drop(module);
            Ok(self
                .interp
                .run_module_code(&self.vm, code, globals.clone())?)
        })?
    }

    /// `callable(*args)`, run on the interpreter's stack.
    pub fn call(&self, callable: &Value, args: Args) -> PyResult<Value> {
        self.on_big_stack(|| self.vm.call(callable, args))?
    }

    /// `import name` (dotted names import their parents first): the
    /// module, from `sys.modules`, the native modules or a source file.
    pub fn import(&self, name: &str) -> PyResult<Value> {
        self.on_big_stack(|| self.interp.import_module(&self.vm, name))?
    }
}

fn source_file(source: &str, filename: &str) -> Rc<SourceFile> {
    Rc::new(SourceFile {
        name: filename.to_string(),
        text: source.to_string(),
    })
}
