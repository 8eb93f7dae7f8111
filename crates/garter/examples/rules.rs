//! Evaluating a rules file with host values: the host hands each request
//! to a Python rules script and reads back its decision.
//!
//! Run with `cargo run -p garter --example rules`.

use std::collections::HashMap;

use garter::{Function, Interpreter};

/// The rules, as an operator would write them in a configuration file.
const RULES: &str = r#"
BLOCKED = {"10.0.0.66"}
LIMITS = {"free": 10, "pro": 1000}

def decide(request):
    if request["ip"] in BLOCKED:
        return "deny", "address is blocked"
    limit = LIMITS.get(plan_of(request["user"]), 0)
    if request["count"] > limit:
        return "deny", f"over the limit of {limit}"
    return "allow", ""
"#;

fn main() -> Result<(), garter::Error> {
    let plans: HashMap<String, String> = [
        ("ann".to_string(), "pro".to_string()),
        ("bob".to_string(), "free".to_string()),
    ]
    .into();
    let plan_of = Function::new("plan_of", move |user: String| plans.get(&user).cloned());
    let interp = Interpreter::builder().function(plan_of).build()?;
    interp.exec(RULES, "rules.py")?;
    let decide = interp.get::<garter::Value>("decide")?;

    let requests = [
        ("ann", "10.0.0.1", 50),
        ("bob", "10.0.0.2", 50),
        ("cy", "10.0.0.66", 1),
    ];
    for (user, ip, count) in requests {
        let request: HashMap<&str, garter::Value> = [
            ("user", interp.to_py(user)?),
            ("ip", interp.to_py(ip)?),
            ("count", interp.to_py(count)?),
        ]
        .into();
        let request = interp.to_py(request)?;
        let (verdict, reason): (String, String) = interp.call(&decide, (request,))?;
        println!("{user:>4} from {ip:<10} x{count:<3} -> {verdict} {reason}");
    }
    Ok(())
}
