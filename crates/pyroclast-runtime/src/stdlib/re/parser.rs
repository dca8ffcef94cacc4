//! The pattern parser: regular expression text to a tree of [`Node`]s, with
//! CPython's syntax, its error messages and the positions it reports. The
//! tokenizer reads the pattern as CPython's does (one character, or a
//! backslash and the character after it), so error positions agree.
//! One file (over 1,200 lines) because it is one recursive-descent parser,
//! as CPython's `_parser.py` is: splitting it would split mutually
//! recursive functions sharing the tokenizer state.

use super::flags::{ASCII, DEBUG, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, TYPE_FLAGS, UNICODE};
use super::flags::{DOTALL, VERBOSE};

/// `MAXREPEAT` of CPython's `_sre`: a repeat bound this large is "forever".
pub const MAXREPEAT: u32 = u32::MAX;
/// The most capturing groups a pattern may have.
const MAXGROUPS: usize = (u32::MAX / 2) as usize;

/// A position-less or positioned pattern error (`re.error`).
#[derive(Debug)]
pub struct ParseError {
    /// The message, without position.
    pub msg: String,
    /// Index in the pattern, when known.
    pub pos: Option<usize>,
    /// The exception CPython raises.
    pub kind: ErrKind,
}

/// Which exception a [`ParseError`] becomes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrKind {
    /// `re.error`.
    Re,
    /// OverflowError (huge repeat counts).
    Overflow,
    /// ValueError (incompatible flags).
    Value,
}

type PResult<T> = Result<T, ParseError>;

/// `\A`, `\b`, `^`... (before the flags pick their final form).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    Beginning,
    BeginningString,
    Boundary,
    NonBoundary,
    End,
    EndString,
}

/// `\d`, `\s`, `\w` and their negations.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// A member of a character set.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SetItem {
    Negate,
    Literal(u32),
    Range(u32, u32),
    /// Made by the compiler only: a range tested case-insensitively.
    RangeUniIgnore(u32, u32),
    Category(Cat),
}

/// How a repeat backtracks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// One element of a parsed pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In(Vec<SetItem>),
    At(At),
    Branch(Vec<Vec<Node>>),
    Repeat {
        greed: Greed,
        min: u32,
        max: u32,
        item: Vec<Node>,
    },
    /// A group: capturing (`group` is its number) or one that changes flags.
    Group {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Assert {
        negate: bool,
        behind: bool,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

/// A parsed pattern and what was learnt about its groups.
pub struct Parsed {
    pub nodes: Vec<Node>,
    /// The flags, inline global flags and the default type flag included.
    pub flags: u32,
    /// Number of groups, group 0 included.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Widths of the closed groups (index = group number).
    pub widths: Vec<(u32, u32)>,
}

/// A token: one character, or a backslash escape (`\` and the next one).
/// A token of the pattern.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    /// One character.
    Ch(char),
    /// A backslash and the character after it.
    Esc(char),
}

impl Tok {
    pub(super) fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    pub(super) fn text(self) -> String {
        match self {
            Tok::Ch(c) => c.to_string(),
            Tok::Esc(c) => format!("\\{c}"),
        }
    }
    fn is(self, c: char) -> bool {
        self == Tok::Ch(c)
    }
}

/// CPython's tokenizer over the pattern's characters (bytes are read as
/// Latin-1).
pub struct Source<'a> {
    s: &'a [char],
    index: usize,
    next: Option<Tok>,
    is_str: bool,
}

fn err(msg: impl Into<String>, pos: usize) -> ParseError {
    ParseError {
        msg: msg.into(),
        pos: Some(pos),
        kind: ErrKind::Re,
    }
}

impl<'a> Source<'a> {
    /// A tokenizer over `s`; `is_str` for str patterns.
    pub fn new(s: &'a [char], is_str: bool) -> PResult<Self> {
        let mut src = Source {
            s,
            index: 0,
            next: None,
            is_str,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&d) = self.s.get(self.index + 1) else {
                return Err(err("bad escape (end of pattern)", self.s.len() - 1));
            };
            self.next = Some(Tok::Esc(d));
            self.index += 2;
        } else {
            self.next = Some(Tok::Ch(c));
            self.index += 1;
        }
        Ok(())
    }

    pub(super) fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next == Some(Tok::Ch(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn get(&mut self) -> PResult<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    pub(super) fn next_char(&self) -> Option<char> {
        match self.next {
            Some(Tok::Ch(c)) => Some(c),
            _ => None,
        }
    }

    pub(super) fn getwhile(&mut self, n: usize, pred: fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next_char() {
                Some(c) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    pub(super) fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.error(format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    /// Index of the next token.
    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    pub(super) fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg: String = msg.into();
        if !self.is_str {
            msg = ascii_backslash(&msg);
        }
        err(msg, self.tell().saturating_sub(offset))
    }

    pub(super) fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !crate::protocol::text::unicode::is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(msg, name.chars().count() + offset));
        }
        Ok(())
    }
}

/// `msg.encode('ascii', 'backslashreplace')` for bytes patterns' messages.
fn ascii_backslash(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `repr()` of a str, for messages.
pub fn py_repr(s: &str) -> String {
    crate::protocol::ops::repr_str(s)
}

pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}
pub(super) fn is_oct(c: char) -> bool {
    ('0'..='7').contains(&c)
}
fn is_hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}

/// The parser's state: flags seen so far and the groups.
struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// `None` while the group is open.
    widths: Vec<Option<(u32, u32)>>,
    lookbehind_groups: Option<usize>,
    /// Conditional references to groups not yet defined, checked at the end.
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some((_, old)) = self.names.iter().find(|(n, _)| n == name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(name)
                ));
            }
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, src: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
}

/// The escapes that stand for one character (`\n`...); `\b` only in sets.
fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// An escape's meaning outside sets, when a category or an anchor.
fn category_escape(c: char) -> Option<Node> {
    Some(match c {
        'A' => Node::At(At::BeginningString),
        'Z' => Node::At(At::EndString),
        'b' => Node::At(At::Boundary),
        'B' => Node::At(At::NonBoundary),
        'd' => Node::In(vec![SetItem::Category(Cat::Digit)]),
        'D' => Node::In(vec![SetItem::Category(Cat::NotDigit)]),
        's' => Node::In(vec![SetItem::Category(Cat::Space)]),
        'S' => Node::In(vec![SetItem::Category(Cat::NotSpace)]),
        'w' => Node::In(vec![SetItem::Category(Cat::Word)]),
        'W' => Node::In(vec![SetItem::Category(Cat::NotWord)]),
        _ => return None,
    })
}

/// A parsed escape inside a set: a character or a category.
enum ClassEscape {
    Lit(u32),
    Cat(Cat),
}

/// `\x..`, `\u....`, `\U........`, `\N{...}` (shared by sets and the rest);
/// `None` when `c` starts none of them.
fn code_escape(src: &mut Source, c: char) -> PResult<Option<u32>> {
    let (n, len) = match c {
        'x' => (2, 4),
        'u' if src.is_str => (4, 6),
        'U' if src.is_str => (8, 10),
        'N' if src.is_str => {
            if !src.matches('{')? {
                return Err(src.error("missing {", 0));
            }
            let name = src.getuntil('}', "character name")?;
            return match pyroclast_syntax::strings::lookup_character_name(&name) {
                Some(ch) => Ok(Some(ch as u32)),
                None => Err(src.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, is_hex)?;
    let escape = format!("\\{c}{digits}");
    if digits.len() + 2 != len {
        return Err(src.error(format!("incomplete escape {escape}"), escape.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if c == 'U' && char::from_u32(v).is_none() && !(0xd800..0xe000).contains(&v) {
        return Err(src.error(format!("bad escape {escape}"), escape.len()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, c: char) -> PResult<ClassEscape> {
    if let Some(v) = simple_escape(c) {
        return Ok(ClassEscape::Lit(v));
    }
    if c == 'b' {
        return Ok(ClassEscape::Lit(8));
    }
    if let Some(Node::In(items)) = category_escape(c)
        && let Some(SetItem::Category(cat)) = items.first()
    {
        return Ok(ClassEscape::Cat(*cat));
    }
    if let Some(v) = code_escape(src, c)? {
        return Ok(ClassEscape::Lit(v));
    }
    if is_oct(c) {
        let more = src.getwhile(2, is_oct)?;
        let escape = format!("\\{c}{more}");
        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(src.error(
                format!("octal escape value {escape} outside of range 0-0o377"),
                escape.len(),
            ));
        }
        return Ok(ClassEscape::Lit(v));
    }
    if !is_digit(c) && !c.is_ascii_alphabetic() {
        return Ok(ClassEscape::Lit(c as u32));
    }
    let escape = format!("\\{c}");
    Err(src.error(format!("bad escape {escape}"), escape.chars().count()))
}

fn escape(src: &mut Source, c: char, state: &State) -> PResult<Node> {
    if let Some(n) = category_escape(c) {
        return Ok(n);
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = code_escape(src, c)? {
        return Ok(Node::Literal(v));
    }
    if c == '0' {
        let more = src.getwhile(2, is_oct)?;
        return Ok(Node::Literal(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if is_digit(c) {
        let mut escape = format!("\\{c}");
        if let Some(d) = src.next_char().filter(|d| is_digit(*d)) {
            src.advance()?;
            escape.push(d);
            if is_oct(c)
                && is_oct(d)
                && let Some(e) = src.next_char().filter(|e| is_oct(*e))
            {
                src.advance()?;
                escape.push(e);
                let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(src.error(
                        format!("octal escape value {escape} outside of range 0-0o377"),
                        escape.len(),
                    ));
                }
                return Ok(Node::Literal(v));
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(src.error("cannot refer to an open group", escape.len()));
            }
            state.check_lookbehind_group(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), escape.len() - 1));
    }
    if !c.is_ascii_alphabetic() {
        return Ok(Node::Literal(c as u32));
    }
    let escape = format!("\\{c}");
    Err(src.error(format!("bad escape {escape}"), escape.chars().count()))
}

/// Parses a whole pattern with the given flags.
pub fn parse(pattern: &[char], is_str: bool, flags: u32) -> PResult<Parsed> {
    let mut src = Source::new(pattern, is_str)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
    };
    let nodes = parse_sub(&mut src, &mut state, flags & VERBOSE != 0, 0)?;
    let flags = fix_flags(is_str, state.flags).map_err(|msg| ParseError {
        msg,
        pos: None,
        kind: ErrKind::Value,
    })?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
    }
    let widths = state.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups(),
        names: state.names,
        widths,
    })
}

/// Checks the type flags against the pattern's type and adds the default
/// (`UNICODE` for str patterns); the message is CPython's ValueError.
pub fn fix_flags(is_str: bool, mut flags: u32) -> Result<u32, String> {
    if is_str {
        if flags & LOCALE != 0 {
            return Err("cannot use LOCALE flag with a str pattern".into());
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err("ASCII and UNICODE flags are incompatible".into());
        }
    } else {
        if flags & UNICODE != 0 {
            return Err("cannot use UNICODE flag with a bytes pattern".into());
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err("ASCII and LOCALE flags are incompatible".into());
        }
    }
    Ok(flags)
}

fn parse_sub(
    src: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
) -> PResult<Vec<Node>> {
    let mut items: Vec<Vec<Node>> = Vec::new();
    let mut verbose = verbose;
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    // A branch of single characters or sets is one set (as CPython makes
    // it; the match is the same either way).
    let mut set = Vec::new();
    let all_single = items.iter().all(|item| match item.as_slice() {
        [Node::Literal(c)] => {
            set.push(SetItem::Literal(*c));
            true
        }
        [Node::In(s)] if s.first() != Some(&SetItem::Negate) => {
            set.extend(s.iter().cloned());
            true
        }
        _ => false,
    });
    if all_single {
        return Ok(vec![Node::In(set)]);
    }
    Ok(vec![Node::Branch(items)])
}

/// Parses a sequence up to `|`, `)` or the end.
fn parse_seq(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Vec<Node>> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.advance()?;
        if verbose && let Tok::Ch(c) = this {
            if " \t\n\r\x0b\x0c".contains(c) {
                continue;
            }
            if c == '#' {
                while let Some(t) = src.get()? {
                    if t.is('\n') {
                        break;
                    }
                }
                continue;
            }
        }
        let c = match this {
            Tok::Esc(c) => {
                let node = escape(src, c, state)?;
                seq.push(node);
                continue;
            }
            Tok::Ch(c) => c,
        };
        match c {
            '[' => seq.push(parse_set(src)?),
            '*' | '+' | '?' | '{' => {
                if !parse_repeat(src, &mut seq, c)? {
                    continue;
                }
            }
            '.' => seq.push(Node::Any),
            '(' => {
                let start = src.tell() - 1;
                if let Some(node) =
                    parse_group(src, state, &mut verbose, nested, first, &seq, start)?
                {
                    seq.push(node);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => seq.push(Node::Literal(c as u32)),
        }
    }
    // Non-capturing groups without flags are their contents.
    let mut out = Vec::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Group {
                group: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            n => out.push(n),
        }
    }
    Ok(out)
}

fn parse_set(src: &mut Source) -> PResult<Node> {
    let here = src.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    let negate = src.matches('^')?;
    let unterminated = |src: &Source| src.error("unterminated character set", src.tell() - here);
    loop {
        let Some(this) = src.get()? else {
            return Err(unterminated(src));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = match this {
            Tok::Esc(c) => class_escape(src, c)?,
            Tok::Ch(c) => ClassEscape::Lit(c as u32),
        };
        if src.matches('-')? {
            let Some(that) = src.get()? else {
                return Err(unterminated(src));
            };
            if that.is(']') {
                set.push(class_item(code1));
                set.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = match that {
                Tok::Esc(c) => class_escape(src, c)?,
                Tok::Ch(c) => ClassEscape::Lit(c as u32),
            };
            let bad = || {
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                src.error(msg, this.len() + 1 + that.len())
            };
            match (code1, code2) {
                (ClassEscape::Lit(lo), ClassEscape::Lit(hi)) if lo <= hi => {
                    set.push(SetItem::Range(lo, hi));
                }
                _ => return Err(bad()),
            }
        } else {
            set.push(class_item(code1));
        }
    }
    let mut uniq: Vec<SetItem> = Vec::with_capacity(set.len());
    for item in set {
        if !uniq.contains(&item) {
            uniq.push(item);
        }
    }
    if let [SetItem::Literal(c)] = uniq.as_slice() {
        return Ok(if negate {
            Node::NotLiteral(*c)
        } else {
            Node::Literal(*c)
        });
    }
    if negate {
        uniq.insert(0, SetItem::Negate);
    }
    Ok(Node::In(uniq))
}

fn class_item(e: ClassEscape) -> SetItem {
    match e {
        ClassEscape::Lit(c) => SetItem::Literal(c),
        ClassEscape::Cat(c) => SetItem::Category(c),
    }
}

/// A repeat operator after the last item; `false` when `{` turned out to be
/// a literal.
fn parse_repeat(src: &mut Source, seq: &mut Vec<Node>, this: char) -> PResult<bool> {
    let here = src.tell();
    let (min, max) = match this {
        '?' => (0, 1),
        '*' => (0, MAXREPEAT),
        '+' => (1, MAXREPEAT),
        _ => {
            if src.next == Some(Tok::Ch('}')) {
                seq.push(Node::Literal('{' as u32));
                return Ok(false);
            }
            let lo = src.getwhile(usize::MAX, is_digit)?;
            let hi = if src.matches(',')? {
                src.getwhile(usize::MAX, is_digit)?
            } else {
                lo.clone()
            };
            if !src.matches('}')? {
                seq.push(Node::Literal('{' as u32));
                src.seek(here)?;
                return Ok(false);
            }
            let number = |s: &str| -> PResult<u32> {
                match s.trim_start_matches('0').len() > 10 {
                    true => Err(too_large()),
                    false => match s.parse::<u64>() {
                        Ok(n) if n < u64::from(MAXREPEAT) => Ok(n as u32),
                        _ => Err(too_large()),
                    },
                }
            };
            let min = if lo.is_empty() { 0 } else { number(&lo)? };
            let max = if hi.is_empty() {
                MAXREPEAT
            } else {
                number(&hi)?
            };
            if !hi.is_empty() && max < min {
                return Err(src.error("min repeat greater than max repeat", src.tell() - here));
            }
            (min, max)
        }
    };
    let width = src.tell() - here + 1;
    let item = match seq.last() {
        None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", width)),
        Some(Node::Repeat { .. }) => return Err(src.error("multiple repeat", width)),
        Some(_) => seq.pop().unwrap_or(Node::Any),
    };
    let item = match item {
        Node::Group {
            group: None,
            add: 0,
            del: 0,
            body,
        } => body,
        other => vec![other],
    };
    let greed = if src.matches('?')? {
        Greed::Lazy
    } else if src.matches('+')? {
        Greed::Possessive
    } else {
        Greed::Greedy
    };
    seq.push(Node::Repeat {
        greed,
        min,
        max,
        item,
    });
    Ok(true)
}

fn too_large() -> ParseError {
    ParseError {
        msg: "the repetition number is too large".into(),
        pos: None,
        kind: ErrKind::Overflow,
    }
}

fn unexpected_end(src: &Source) -> ParseError {
    src.error("unexpected end of pattern", 0)
}

/// Parses what follows `(`; `None` when it produced no node (a comment or
/// global flags).
fn parse_group(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq: &[Node],
    start: usize,
) -> PResult<Option<Node>> {
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0, 0);
    let unterminated =
        |src: &Source| src.error("missing ), unterminated subpattern", src.tell() - start);
    if src.matches('?')? {
        let Some(tok) = src.get()? else {
            return Err(unexpected_end(src));
        };
        let ch = match tok {
            Tok::Ch(c) => c,
            Tok::Esc(_) => {
                return Err(src.error(format!("unknown extension ?{}", tok.text()), 3));
            }
        };
        match ch {
            'P' => {
                if src.matches('<')? {
                    let n = src.getuntil('>', "group name")?;
                    src.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if src.matches('=')? {
                    let n = src.getuntil(')', "group name")?;
                    src.check_group_name(&n, 1)?;
                    let off = n.chars().count() + 1;
                    let Some(gid) = state.group_index(&n) else {
                        return Err(src.error(format!("unknown group name {}", py_repr(&n)), off));
                    };
                    if !state.check_group(gid) {
                        return Err(src.error("cannot refer to an open group", off));
                    }
                    state.check_lookbehind_group(gid, src)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(t) = src.get()? else {
                        return Err(unexpected_end(src));
                    };
                    return Err(src.error(format!("unknown extension ?P{}", t.text()), t.len() + 2));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(
                            src.error("missing ), unterminated comment", src.tell() - start)
                        );
                    }
                    if src.get()? == Some(Tok::Ch(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = ch;
                let behind = ch == '<';
                let saved = state.lookbehind_groups;
                if behind {
                    let Some(t) = src.get()? else {
                        return Err(unexpected_end(src));
                    };
                    match t {
                        Tok::Ch(c @ ('=' | '!')) => kind = c,
                        _ => {
                            return Err(
                                src.error(format!("unknown extension ?<{}", t.text()), t.len() + 2)
                            );
                        }
                    }
                    if saved.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(src, state, *verbose, nested + 1)?;
                if behind && saved.is_none() {
                    state.lookbehind_groups = None;
                }
                if !src.matches(')')? {
                    return Err(unterminated(src));
                }
                return Ok(Some(Node::Assert {
                    negate: kind == '!',
                    behind,
                    body,
                }));
            }
            '(' => return parse_conditional(src, state, *verbose, nested, start).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            c if flag_of(c).is_some() || c == '-' => match parse_flags(src, state, c)? {
                None => {
                    if !first || !seq.is_empty() {
                        return Err(src.error(
                            "global flags not at the start of the expression",
                            src.tell() - start,
                        ));
                    }
                    *verbose = state.flags & VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            },
            c => {
                return Err(src.error(format!("unknown extension ?{c}"), 2));
            }
        }
    }
    let group = if capture {
        match state.open_group(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                let off = name.as_deref().map_or(0, |n| n.chars().count()) + 1;
                return Err(src.error(msg, off));
            }
        }
    } else {
        None
    };
    let sub_verbose = (*verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(unterminated(src));
    }
    if let Some(g) = group {
        let w = width(&body, &state.widths);
        state.widths[g] = Some(w);
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group {
        group,
        add,
        del,
        body,
    }))
}

fn parse_conditional(
    src: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let name = src.getuntil(')', "group name")?;
    let off = name.chars().count() + 1;
    let group = if crate::protocol::text::unicode::is_identifier(&name) {
        match state.group_index(&name) {
            Some(g) => g,
            None => {
                return Err(src.error(format!("unknown group name {}", py_repr(&name)), off));
            }
        }
    } else {
        let bad = || {
            src.error(
                format!("bad character in group name {}", py_repr(&name)),
                off,
            )
        };
        let g = parse_group_number(&name).ok_or_else(bad)?;
        if g == 0 {
            return Err(src.error("bad group number", off));
        }
        if g >= MAXGROUPS as u64 {
            return Err(src.error(format!("invalid group reference {g}"), off));
        }
        let g = g as usize;
        if !state.groupref_pos.iter().any(|(x, _)| *x == g) {
            state.groupref_pos.push((g, src.tell() - off));
        }
        g
    };
    state.check_lookbehind_group(group, src)?;
    let yes = parse_seq(src, state, verbose, nested + 1, false)?;
    let no = if src.matches('|')? {
        let no = parse_seq(src, state, verbose, nested + 1, false)?;
        if src.next == Some(Tok::Ch('|')) {
            return Err(src.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !src.matches(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    Ok(Node::GroupRefExists { group, yes, no })
}

/// `int(name)` for a non-negative group number (CPython accepts what
/// `int()` does: surrounding spaces, a `+`, underscores between digits).
pub fn parse_group_number(name: &str) -> Option<u64> {
    let t = name.trim();
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let mut v: u64 = 0;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(10)?;
        v = v.saturating_mul(10).saturating_add(u64::from(d));
    }
    Some(v)
}

/// The flag an inline letter stands for.
fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

/// `(?aiLmsux)` (global: `None`) or `(?flags-flags:...)` (scoped).
fn parse_flags(src: &mut Source, state: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut tok = Tok::Ch(first);
    let ch = |t: Tok| match t {
        Tok::Ch(c) => Some(c),
        Tok::Esc(_) => None,
    };
    if first != '-' {
        loop {
            let c = ch(tok).unwrap_or(' ');
            let flag = flag_of(c).unwrap_or(0);
            if src.is_str && c == 'L' {
                return Err(src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            if !src.is_str && c == 'u' {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some(t) = src.get()? else {
                return Err(src.error("missing -, : or )", 0));
            };
            tok = t;
            if matches!(ch(t), Some(')' | '-' | ':')) {
                break;
            }
            if ch(t).and_then(flag_of).is_none() {
                let alpha = ch(t).is_some_and(char::is_alphabetic);
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    if tok.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & (DEBUG | TEMPLATE) != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if tok.is('-') {
        let Some(t) = src.get()? else {
            return Err(src.error("missing flag", 0));
        };
        if ch(t).and_then(flag_of).is_none() {
            let alpha = ch(t).is_some_and(char::is_alphabetic);
            let msg = if alpha {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, t.len()));
        }
        tok = t;
        loop {
            let flag = ch(tok).and_then(flag_of).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some(t) = src.get()? else {
                return Err(src.error("missing :", 0));
            };
            tok = t;
            if tok.is(':') {
                break;
            }
            if ch(t).and_then(flag_of).is_none() {
                let alpha = ch(t).is_some_and(char::is_alphabetic);
                let msg = if alpha { "unknown flag" } else { "missing :" };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    if del & (DEBUG | TEMPLATE) != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// `(min, max)` widths of a sequence, as CPython's `getwidth` (saturating at
/// `MAXREPEAT`).
pub fn width(nodes: &[Node], groups: &[Option<(u32, u32)>]) -> (u32, u32) {
    let (mut lo, mut hi): (u64, u64) = (0, 0);
    for n in nodes {
        let (i, j): (u64, u64) = match n {
            Node::Branch(items) => {
                let mut i = u64::from(MAXREPEAT - 1);
                let mut j = 0;
                for item in items {
                    let (l, h) = width(item, groups);
                    i = i.min(u64::from(l));
                    j = j.max(u64::from(h));
                }
                (i, j)
            }
            Node::Atomic(body) | Node::Group { body, .. } => {
                let (l, h) = width(body, groups);
                (u64::from(l), u64::from(h))
            }
            Node::Repeat { min, max, item, .. } => {
                let (l, h) = width(item, groups);
                (
                    u64::from(l).saturating_mul(u64::from(*min)),
                    u64::from(h).saturating_mul(u64::from(*max)),
                )
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_) => (1, 1),
            Node::GroupRef(g) => {
                let (l, h) = groups.get(*g).copied().flatten().unwrap_or((0, 0));
                (u64::from(l), u64::from(h))
            }
            Node::GroupRefExists { yes, no, .. } => {
                let (l, h) = width(yes, groups);
                match no {
                    Some(no) => {
                        let (l2, h2) = width(no, groups);
                        (u64::from(l.min(l2)), u64::from(h.max(h2)))
                    }
                    None => (0, u64::from(h)),
                }
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (
        lo.min(u64::from(MAXREPEAT - 1)) as u32,
        hi.min(u64::from(MAXREPEAT)) as u32,
    )
}
