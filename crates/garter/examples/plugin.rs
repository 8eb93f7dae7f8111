//! A plugin calling back into host functions: the host gives plugins an
//! importable `host` module (functions and a class of Rust values), loads
//! a plugin and calls its hooks with positional and keyword arguments.
//!
//! Run with `cargo run -p garter --example plugin`.

use std::cell::RefCell;
use std::rc::Rc;

use garter::{Class, Function, HostError, HostObject, Interpreter, Module, Value};

/// A document the host owns and plugins edit.
struct Document {
    title: String,
    words: Vec<String>,
}

const PLUGIN: &str = r#"
import host

def on_open(doc, *, shout=False):
    host.log(f"opened {doc.title!r} with {doc.word_count()} words")
    title = doc.title.upper() if shout else doc.title
    doc.title = title + " (checked)"

def on_word(doc, word):
    if host.is_banned(word):
        raise ValueError(f"banned word: {word}")
    doc.append(word)
    return doc.word_count()
"#;

fn main() -> Result<(), garter::Error> {
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let log_sink = log.clone();
    let document = Class::new::<Document>("Document")
        .getter("title", |d: &Document| d.title.clone())
        .setter("title", |d: &mut Document, t: String| d.title = t)
        .method("word_count", |d: &mut Document| d.words.len())
        .method("append", |d: &mut Document, word: String| {
            if word.is_empty() {
                return Err(HostError::new("ValueError", "empty word"));
            }
            d.words.push(word);
            Ok(())
        });
    let host = Module::new("host")
        .function(Function::new("log", move |line: String| {
            log_sink.borrow_mut().push(line)
        }))
        .function(Function::new("is_banned", |word: String| {
            ["spam", "scam"].contains(&word.as_str())
        }))
        .class(document);
    let interp = Interpreter::builder().module(host).build()?;
    interp.exec(PLUGIN, "plugin.py")?;

    let doc = HostObject::new(Document {
        title: "notes".into(),
        words: vec!["hello".into()],
    });
    let on_open: Value = interp.get("on_open")?;
    let on_word: Value = interp.get("on_word")?;
    interp.call_kw::<_, _, _, ()>(&on_open, (doc.clone(),), [("shout", true)])?;
    for word in ["world", "spam", "again"] {
        match interp.call::<_, usize>(&on_word, (doc.clone(), word)) {
            Ok(count) => println!("added {word:?}: {count} words"),
            Err(e) => println!("plugin refused {word:?}: {e}"),
        }
    }
    let doc = doc.borrow();
    println!("title: {}", doc.title);
    println!("words: {}", doc.words.join(" "));
    println!("log: {:?}", log.borrow());
    Ok(())
}
