//! "Did you mean" suggestions for NameError and AttributeError, with
//! CPython 3.11's rules: a Levenshtein distance where a case change costs
//! 1 and any other edit 2, at most a third of the characters changed,
//! names longer than 40 characters never matched, and no suggestion when
//! there are 750 candidates or more.

use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::{Value, Vm};

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's bounded Levenshtein distance over UTF-8 bytes.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if close enough.
pub fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn str_keys(dict: &garter_runtime::ObjRef) -> Vec<String> {
    obj_dict_table(dict)
        .map(|t| {
            t.borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// The suggestion for a NameError raised in a frame with these local
/// names and globals: locals first, then globals, then builtins.
pub fn for_name(
    vm: &Vm,
    name: &str,
    varnames: &[Value],
    globals: Option<&garter_runtime::ObjRef>,
) -> Option<String> {
    let locals: Vec<String> = varnames
        .iter()
        .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
        .collect();
    if let Some(s) = best_match(name, &locals) {
        return Some(s);
    }
    if let Some(g) = globals {
        if let Some(s) = best_match(name, &str_keys(g)) {
            return Some(s);
        }
    }
    best_match(name, &str_keys(&vm.builtins))
}

/// The suggestion for an AttributeError on `obj`: among `dir(obj)`.
pub fn for_attribute(vm: &Vm, obj: &Value, name: &str) -> Option<String> {
    let dir = vm.builtins_get("dir").ok()?;
    let names = vm
        .call(
            &dir,
            garter_runtime::Args::positional(std::slice::from_ref(obj)),
        )
        .ok()?;
    let items = vm.collect(&names).ok()?;
    let candidates: Vec<String> = items
        .iter()
        .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
        .collect();
    best_match(name, &candidates)
}

#[cfg(test)]
mod tests {
    use super::best_match;

    fn m(name: &str, cands: &[&str]) -> Option<String> {
        best_match(
            name,
            &cands.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn close_names_match() {
        assert_eq!(m("pritn", &["print", "len"]).as_deref(), Some("print"));
        assert_eq!(m("Print", &["print"]).as_deref(), Some("print"));
        assert_eq!(m("xyz", &["print"]), None);
    }
}
