//! Fuzz target: any bytes through the whole front end (decoding, lexing,
//! parsing, compile-time checks and the AST dump) must give an AST or a
//! SyntaxError, never a panic, a stack overflow or a hang.

#![no_main]

use garter_syntax::{ast::dump::dump_module, lexer::decode_source, parse_module, validate};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data) else {
        return;
    };
    if let Ok(module) = parse_module(&source) {
        let _ = validate::check_module(&module);
        let _ = dump_module(&module);
    }
});
