//! Capabilities: an embedded interpreter has none, so `open`, `os` and
//! friends raise PermissionError naming what is missing; granting one
//! makes its operations work; and no Python-level route gets around a
//! missing one.

use garter_eval::{Interpreter, RunError};
use garter_runtime::{Capabilities, Capability};

/// How a run ended: "ok", or the uncaught exception as `Type: message`.
fn outcome(interp: &Interpreter, source: &str) -> String {
    match interp.run_main(source.to_string(), "<test>") {
        Ok(()) => "ok".into(),
        Err(RunError::Exception(e)) => {
            let vm = interp.vm();
            let value = e.value();
            let text = vm.str_string(&value).unwrap_or_default();
            format!("{}: {text}", vm.type_name_of(&value))
        }
        Err(RunError::Syntax(e)) => panic!("syntax error: {e:?}"),
    }
}

fn denied(operation: &str, capability: &str) -> String {
    format!("PermissionError: {operation} needs the '{capability}' capability, which this interpreter was not granted")
}

/// A fresh directory for one test.
fn scratch(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("garter-sandbox-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.display().to_string()
}

#[test]
fn an_embedded_interpreter_starts_with_nothing() {
    let interp = Interpreter::new();
    assert_eq!(interp.capabilities(), Capabilities::NONE);
    let cases = [
        ("open('x.txt')", "open", "filesystem"),
        ("open('x.txt', 'w')", "open", "filesystem"),
        ("import os\nos.listdir('.')", "os.listdir", "filesystem"),
        ("import os\nos.getcwd()", "os.getcwd", "filesystem"),
        ("import os\nos.mkdir('d')", "os.mkdir", "filesystem"),
        ("import os\nos.remove('d')", "os.remove", "filesystem"),
        ("import os\nos.rmdir('d')", "os.rmdir", "filesystem"),
        ("import os\nos.rename('a', 'b')", "os.rename", "filesystem"),
        ("import os\nos.path.getsize('x')", "os.stat", "filesystem"),
        ("import os\nos.path.abspath('x')", "os.getcwd", "filesystem"),
        ("import os\nos.environ['HOME']", "os.environ", "environment"),
        ("import os\nos.getenv('HOME')", "os.environ", "environment"),
        (
            "import os\nos.environ['X'] = '1'",
            "os.environ",
            "environment",
        ),
        ("import os\nlist(os.environ)", "os.environ", "environment"),
        ("import os\nos.getpid()", "os.getpid", "process"),
    ];
    for (source, operation, capability) in cases {
        assert_eq!(
            outcome(&interp, source),
            denied(operation, capability),
            "{source}"
        );
    }
}

#[test]
fn what_needs_no_capability_still_works() {
    let interp = Interpreter::new();
    let source = "import io, os, os.path\nassert os.path.join('a', 'b') == 'a/b'\nassert os.path.splitext('x.py') == ('x', '.py')\nassert os.sep == '/' and os.name == 'posix'\ns = io.StringIO()\nprint('hi', file=s)\nassert s.getvalue() == 'hi\\n'\nassert io.BytesIO(b'ab').read() == b'ab'\n";
    assert_eq!(outcome(&interp, source), "ok");
    // A missing capability is an ordinary exception the script can handle.
    let source = "try:\n    open('x')\nexcept PermissionError as e:\n    msg = str(e)\nassert 'filesystem' in msg\n";
    assert_eq!(outcome(&interp, source), "ok");
}

#[test]
fn each_capability_is_granted_on_its_own() {
    let interp = Interpreter::new();
    interp.grant(Capability::Environment);
    assert_eq!(
        outcome(&interp, "import os\nassert os.getenv('PATH') is not None\n"),
        "ok"
    );
    assert_eq!(outcome(&interp, "open('x')"), denied("open", "filesystem"));
    assert_eq!(
        outcome(&interp, "import os\nos.getpid()"),
        denied("os.getpid", "process")
    );
    interp.grant(Capability::Process);
    assert_eq!(
        outcome(&interp, "import os\nassert os.getpid() > 0\n"),
        "ok"
    );
    interp.revoke(Capability::Environment);
    assert_eq!(
        outcome(&interp, "import os\nos.getenv('PATH')"),
        denied("os.environ", "environment")
    );
}

#[test]
fn granted_files_work() {
    let interp = Interpreter::new();
    interp.grant(Capability::Filesystem);
    let dir = scratch("files");
    let source = format!(
        "import os\nd = {dir:?}\np = os.path.join(d, 'f.txt')\nwith open(p, 'w') as f:\n    f.write('one\\ntwo\\n')\nwith open(p) as f:\n    assert f.readlines() == ['one\\n', 'two\\n']\nassert os.listdir(d) == ['f.txt']\nos.remove(p)\nassert os.listdir(d) == []\n"
    );
    assert_eq!(outcome(&interp, &source), "ok");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_is_written_out_when_its_last_reference_goes() {
    let interp = Interpreter::new();
    interp.grant(Capability::Filesystem);
    let dir = scratch("refcount");
    let source = format!(
        "import os\np = os.path.join({dir:?}, 'g.txt')\nf = open(p, 'w')\nf.write('kept')\ndel f\nassert open(p).read() == 'kept'\nopen(p, 'a').write('!')\nassert open(p).read() == 'kept!'\n"
    );
    assert_eq!(outcome(&interp, &source), "ok");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_route_around_a_missing_capability() {
    let interp = Interpreter::new();
    let refused = "PermissionError";
    let attempts = [
        // The file types found by walking the class tree.
        "import io\nfound = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'FileIO']\nassert found\nfound[0]('x.txt', 'r')\n",
        "def all_subclasses(c):\n    seen, todo = [], [c]\n    while todo:\n        k = todo.pop()\n        for s in type.__subclasses__(k):\n            if s not in seen:\n                seen.append(s)\n                todo.append(s)\n    return seen\nfor c in all_subclasses(object):\n    if 'FileIO' in c.__name__:\n        c('x.txt', 'w')\n",
        // Through imports, however spelled.
        "__import__('os').listdir('.')",
        "__import__('io').open('x.txt')",
        "__import__('_garter_os').FileIO('x.txt', 'r')",
        "import sys, os\nsys.modules['os'].getcwd()",
        "import sys, io\nsys.modules['_garter_os'].listdir('.')",
        // Through a function's globals and builtins.
        "import os\nos.makedirs.__globals__['_garter_os'].mkdir('d')",
        "import io\nio.open.__globals__['FileIO']('x.txt', 'w')",
        "import os\nos.path.exists.__globals__['_garter_os'].stat('.')",
        "def f(): pass\nf.__globals__['__builtins__'].open('x.txt')",
        "b = __builtins__\n(b['open'] if isinstance(b, dict) else b.open)('x.txt')",
        "import builtins\nbuiltins.open('x.txt', 'w')",
        // Through the type of open and the types of file objects.
        "import io\ntype(io.StringIO()).__mro__[-1].__subclasses__()\nio.FileIO('.', 'r')",
        "import io\nio.TextIOWrapper(io.BufferedReader(io.FileIO('x.txt', 'r'), 'x', 'rb', True, False)).read()",
        // Environment and process the same way.
        "import os\nos.environ.__class__.__getitem__(os.environ, 'HOME')",
        "import os\nos.getenv.__globals__['_garter_os'].getenv('HOME')",
        "import _garter_os\n_garter_os.getpid()",
    ];
    for source in attempts.iter().copied() {
        let got = outcome(&interp, source);
        assert!(got.starts_with(refused), "{source}: {got}");
    }
    // The type of open makes nothing.
    let got = outcome(&interp, "type(open)('x.txt')");
    assert!(got.starts_with("TypeError"), "{got}");
    // Nothing was created.
    assert!(!std::path::Path::new("x.txt").exists());
    assert!(!std::path::Path::new("d").exists());
}

#[test]
fn the_clock_capability_is_checked_the_same_way() {
    let interp = Interpreter::new();
    let vm = interp.vm();
    let err = vm
        .require(Capability::Clock, "time.time")
        .expect_err("the clock is not granted");
    assert_eq!(
        vm.str_string(&err.value()).unwrap_or_default(),
        "time.time needs the 'clock' capability, which this interpreter was not granted"
    );
    assert!(vm.is_instance_of(&err.value(), &vm.exc.permission_error));
    interp.grant(Capability::Clock);
    assert!(vm.require(Capability::Clock, "time.time").is_ok());
    interp.set_capabilities(Capabilities::ALL);
    for c in Capability::ALL {
        assert!(vm.has_capability(c), "{c:?}");
    }
}

#[test]
fn the_clock_is_a_capability_but_sleeping_and_random_are_not() {
    let interp = Interpreter::new();
    for name in [
        "time",
        "time_ns",
        "monotonic",
        "perf_counter",
        "process_time",
    ] {
        assert_eq!(
            outcome(&interp, &format!("import time\ntime.{name}()\n")),
            denied(&format!("time.{name}"), "clock")
        );
    }
    assert_eq!(
        outcome(
            &interp,
            "import time, random\ntime.sleep(0)\nassert 0 <= random.random() < 1\n"
        ),
        "ok"
    );
    interp.grant(Capability::Clock);
    assert_eq!(
        outcome(
            &interp,
            "import time\nassert time.time() > 1.7e9\nassert time.monotonic() >= 0\n"
        ),
        "ok"
    );
}
