//! The flag bits, CPython's values (`re.RegexFlag`).

/// `re.TEMPLATE` (deprecated; accepted for compatibility).
pub const TEMPLATE: u32 = 1;
/// `re.IGNORECASE`
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE`
pub const LOCALE: u32 = 4;
/// `re.MULTILINE`
pub const MULTILINE: u32 = 8;
/// `re.DOTALL`
pub const DOTALL: u32 = 16;
/// `re.UNICODE`
pub const UNICODE: u32 = 32;
/// `re.VERBOSE`
pub const VERBOSE: u32 = 64;
/// `re.DEBUG`
pub const DEBUG: u32 = 128;
/// `re.ASCII`
pub const ASCII: u32 = 256;
/// The flags that choose how characters are classified.
pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;

/// Flag names in the order `Pattern.__repr__` lists them.
pub const REPR_ORDER: &[(u32, &str)] = &[
    (TEMPLATE, "re.TEMPLATE"),
    (IGNORECASE, "re.IGNORECASE"),
    (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"),
    (DOTALL, "re.DOTALL"),
    (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"),
    (DEBUG, "re.DEBUG"),
    (ASCII, "re.ASCII"),
];
