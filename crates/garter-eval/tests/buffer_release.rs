//! PEP 688: a memoryview over a class with `__buffer__` that is dropped
//! (not released) gets the class's `__release_buffer__` called before the
//! next statement runs, as CPython 3.12 does when the last reference
//! goes. python3 3.11 has no PEP 688, so these are Rust tests; the
//! programs check the order of effects themselves with `assert`.

use garter_eval::{Interpreter, RunError};

const EXPORTER: &str = "
log = []
class Exporter:
    def __init__(self, name):
        self.name = name
        self.data = bytearray(b'abc')
    def __buffer__(self, flags):
        log.append(('buffer', self.name))
        return memoryview(self.data)
    def __release_buffer__(self, view):
        log.append(('release', self.name))
        view.release()
";

fn run(body: &str) {
    let interp = Interpreter::new();
    let source = format!("{EXPORTER}{body}");
    match interp.run_main(source, "<test>") {
        Ok(()) => {}
        Err(RunError::Exception(e)) => {
            let vm = interp.vm();
            panic!(
                "{}: {}",
                vm.type_name_of(&e.value()),
                vm.str_string(&e.value()).unwrap_or_default()
            );
        }
        Err(RunError::Syntax(e)) => panic!("syntax error: {e:?}"),
    }
}

#[test]
fn del_releases_before_the_next_statement() {
    run("
e = Exporter('a')
m = memoryview(e)
assert log == [('buffer', 'a')]
del m
assert log == [('buffer', 'a'), ('release', 'a')], log
e.data.append(1)
");
}

#[test]
fn rebinding_and_slices() {
    run("
e = Exporter('a')
m = memoryview(e)
s = m[1:]
m = None
assert log == [('buffer', 'a')], log
s = 0
assert log[-1] == ('release', 'a'), log
");
}

#[test]
fn a_view_local_to_a_function_is_released_after_the_call() {
    run("
def use(e):
    m = memoryview(e)
    return m[0]
x = use(Exporter('f'))
assert x == 97
assert log == [('buffer', 'f'), ('release', 'f')], log
");
}

#[test]
fn views_dropped_in_a_loop_are_released_each_iteration() {
    run("
for i in range(3):
    m = memoryview(Exporter(i))
    n = len(log)
assert log == [('buffer', 0), ('buffer', 1), ('release', 0), ('buffer', 2), ('release', 1)], log
del m
assert log[-1] == ('release', 2), log
");
}
