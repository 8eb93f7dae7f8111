//! Tab completion: keywords, builtins and `__main__`'s globals for a
//! plain name; after a dot, the attributes of the object the dotted name
//! leads to (found without running user code). Names starting with `_`
//! are offered only once `_` is typed, as python3's completer does. On a
//! line with nothing but indentation, Tab indents.

use garter_eval::Interpreter;

use super::highlight::KEYWORDS;

/// What Tab inserts on a line that is only indentation so far.
const TAB_INDENT: &str = "    ";

/// The byte offset where the completed word starts, and the candidates
/// replacing it, for the cursor at byte `pos` of `line`.
pub fn candidates(interp: &Interpreter, line: &str, pos: usize) -> (usize, Vec<String>) {
    let pos = floor_char_boundary(line, pos);
    let before = &line[..pos];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(pos, |(at, _)| at);
    let word = &before[start..];
    if word.is_empty() {
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        if before[line_start..].trim().is_empty() {
            return (pos, vec![TAB_INDENT.to_string()]);
        }
        return (pos, Vec::new());
    }
    let (names, prefix, start) = match word.rsplit_once('.') {
        Some((path, prefix)) => {
            let valid_path = path
                .split('.')
                .all(|part| part.chars().next().is_some_and(|c| !c.is_ascii_digit()));
            if !valid_path {
                return (pos, Vec::new());
            }
            let names = interp.attribute_names(path).unwrap_or_default();
            (names, prefix, pos - prefix.len())
        }
        None => {
            let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
            names.extend(interp.global_names());
            (names, word, start)
        }
    };
    let mut found: Vec<String> = names
        .into_iter()
        .filter(|name| name.starts_with(prefix) && shown_for(name, prefix))
        .collect();
    found.sort();
    found.dedup();
    (start, found)
}

/// Whether `name` is offered for `prefix`: `_x` names once `_` is typed,
/// `__x` names once `__` is.
fn shown_for(name: &str, prefix: &str) -> bool {
    if name.starts_with("__") {
        prefix.starts_with("__")
    } else if name.starts_with('_') {
        prefix.starts_with('_')
    } else {
        true
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::candidates;
    use garter_eval::Interpreter;

    fn session(source: &str) -> Interpreter {
        let interp = Interpreter::new();
        assert!(interp.run_interactive(source.into(), "<stdin>").is_ok());
        interp
    }

    #[test]
    fn globals_builtins_and_keywords() {
        let interp = session("counter = 1\ncount_b = 2\n");
        assert_eq!(
            candidates(&interp, "x = coun", 8),
            (4, vec!["count_b".to_string(), "counter".to_string()])
        );
        assert_eq!(candidates(&interp, "pri", 3).1, ["print"]);
        assert_eq!(candidates(&interp, "whi", 3).1, ["while"]);
    }

    #[test]
    fn attributes_without_running_properties() {
        let interp = session(concat!(
            "class Point:\n",
            "    def __init__(self):\n",
            "        self.x_value = 1\n",
            "    def x_norm(self): return 0\n",
            "    @property\n",
            "    def x_prop(self): raise RuntimeError\n",
            "p = Point()\n",
        ));
        let (start, found) = candidates(&interp, "p.x_", 4);
        assert_eq!(start, 2);
        assert_eq!(found, ["x_norm", "x_prop", "x_value"]);
        // A property on the way is not run: no completion past it.
        assert!(candidates(&interp, "p.x_prop.", 9).1.is_empty());
        assert_eq!(candidates(&interp, "'a'.upp", 7).1.len(), 0);
        assert!(candidates(&interp, "p.__in", 6)
            .1
            .contains(&"__init__".to_string()));
    }

    #[test]
    fn tab_indents_an_empty_line() {
        let interp = Interpreter::new();
        assert_eq!(candidates(&interp, "", 0), (0, vec!["    ".to_string()]));
        assert_eq!(candidates(&interp, "x = ", 4).1.len(), 0);
    }
}
