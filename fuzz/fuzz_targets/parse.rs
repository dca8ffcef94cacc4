//! Lexer, layout pass, parser and resolver on arbitrary text: every input
//! must end in a module or a `SyntaxError`, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyroclast_syntax::{Mode, compile};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let _ = compile(src, Mode::Module, false);
    let _ = compile(src, Mode::Module, true);
    let _ = compile(src, Mode::Expression, false);
});
