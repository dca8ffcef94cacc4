//! The compiler: a parsed pattern to the opcodes of the SRE engine
//! (`rustpython-sre_engine`, a port of CPython's `_sre`), laid out as
//! CPython's compiler lays them out, so the engine behaves as CPython's.

use rustpython_sre_engine::string::{lower_ascii, lower_unicode, upper_unicode};
use rustpython_sre_engine::{SreAtCode as AtC, SreCatCode as CatC, SreOpcode as Op};

use super::casefix::EXTRA_CASES;
use super::flags::{DOTALL, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, TYPE_FLAGS, UNICODE};
use super::parser::{At, Cat, Greed, Node, Parsed, SetItem, width};

/// A compile-time error (CPython's `re.error` without a position).
pub struct CompileError(pub String);

/// How ignore-case folds characters under the current flags.
#[derive(Clone, Copy)]
struct Fold {
    lower: fn(u32) -> u32,
    cased: fn(u32) -> bool,
    /// Unicode folding, which also needs the extra-cases table.
    unicode: bool,
}

/// CPython's `unicode_iscased`: its uppercase of a character with a
/// multi-character uppercase is the first of them (so `ﬅ` is cased).
fn unicode_cased(c: u32) -> bool {
    let first_upper = char::from_u32(c)
        .and_then(|ch| ch.to_uppercase().next())
        .map_or(c, u32::from);
    lower_unicode(c) != c || upper_unicode(c) != c || first_upper != c
}

fn ascii_cased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn fixes(lo: u32) -> Option<&'static [u32]> {
    EXTRA_CASES
        .binary_search_by_key(&lo, |(k, _)| *k)
        .ok()
        .map(|i| EXTRA_CASES[i].1)
}

fn fold_for(flags: u32) -> Option<Fold> {
    if flags & IGNORECASE == 0 || flags & LOCALE != 0 {
        return None;
    }
    Some(if flags & UNICODE != 0 {
        Fold {
            lower: lower_unicode,
            cased: unicode_cased,
            unicode: true,
        }
    } else {
        Fold {
            lower: lower_ascii,
            cased: ascii_cased,
            unicode: false,
        }
    })
}

/// Compiles a parsed pattern to engine code.
pub fn compile(p: &Parsed) -> Result<Vec<u32>, CompileError> {
    let widths: Vec<Option<(u32, u32)>> = p.widths.iter().map(|w| Some(*w)).collect();
    let mut c = Compiler {
        code: Vec::new(),
        widths,
    };
    let (lo, hi) = width(&p.nodes, &c.widths);
    c.code = super::info::block(&p.nodes, p.flags, lo, hi);
    c.seq(&p.nodes, p.flags)?;
    c.code.push(Op::SUCCESS as u32);
    Ok(c.code)
}

struct Compiler {
    code: Vec<u32>,
    widths: Vec<Option<(u32, u32)>>,
}

pub(super) fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let flags = if add & TYPE_FLAGS != 0 {
        flags & !TYPE_FLAGS
    } else {
        flags
    };
    (flags | add) & !del
}

fn at_code(at: At, flags: u32) -> AtC {
    let multiline = flags & MULTILINE != 0;
    let (loc, uni) = (flags & LOCALE != 0, flags & UNICODE != 0);
    match at {
        At::Beginning if multiline => AtC::BEGINNING_LINE,
        At::Beginning => AtC::BEGINNING,
        At::End if multiline => AtC::END_LINE,
        At::End => AtC::END,
        At::BeginningString => AtC::BEGINNING_STRING,
        At::EndString => AtC::END_STRING,
        At::Boundary if loc => AtC::LOC_BOUNDARY,
        At::Boundary if uni => AtC::UNI_BOUNDARY,
        At::Boundary => AtC::BOUNDARY,
        At::NonBoundary if loc => AtC::LOC_NON_BOUNDARY,
        At::NonBoundary if uni => AtC::UNI_NON_BOUNDARY,
        At::NonBoundary => AtC::NON_BOUNDARY,
    }
}

fn cat_code(cat: Cat, flags: u32) -> CatC {
    let (loc, uni) = (flags & LOCALE != 0, flags & UNICODE != 0);
    match cat {
        Cat::Digit if uni => CatC::UNI_DIGIT,
        Cat::Digit => CatC::DIGIT,
        Cat::NotDigit if uni => CatC::UNI_NOT_DIGIT,
        Cat::NotDigit => CatC::NOT_DIGIT,
        Cat::Space if uni => CatC::UNI_SPACE,
        Cat::Space => CatC::SPACE,
        Cat::NotSpace if uni => CatC::UNI_NOT_SPACE,
        Cat::NotSpace => CatC::NOT_SPACE,
        Cat::Word if loc => CatC::LOC_WORD,
        Cat::Word if uni => CatC::UNI_WORD,
        Cat::Word => CatC::WORD,
        Cat::NotWord if loc => CatC::LOC_NOT_WORD,
        Cat::NotWord if uni => CatC::UNI_NOT_WORD,
        Cat::NotWord => CatC::NOT_WORD,
    }
}

/// A repeat body of one character compiles to the `*_ONE` forms.
fn simple(item: &[Node]) -> bool {
    match item {
        [
            Node::Group {
                group: None, body, ..
            },
        ] => simple(body),
        [Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_)] => true,
        _ => false,
    }
}

impl Compiler {
    fn emit(&mut self, v: u32) {
        self.code.push(v);
    }
    fn op(&mut self, op: Op) {
        self.code.push(op as u32);
    }
    /// Reserves a skip slot, to be filled by [`Compiler::patch`].
    fn slot(&mut self) -> usize {
        self.code.push(0);
        self.code.len() - 1
    }
    fn patch(&mut self, at: usize) {
        self.code[at] = (self.code.len() - at) as u32;
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), CompileError> {
        for n in nodes {
            self.node(n, flags)?;
        }
        Ok(())
    }

    fn literal(&mut self, c: u32, negated: bool, flags: u32) {
        let plain = if negated {
            Op::NOT_LITERAL
        } else {
            Op::LITERAL
        };
        if flags & IGNORECASE == 0 {
            self.op(plain);
            self.emit(c);
            return;
        }
        if flags & LOCALE != 0 {
            self.op(if negated {
                Op::NOT_LITERAL_LOC_IGNORE
            } else {
                Op::LITERAL_LOC_IGNORE
            });
            self.emit(c);
            return;
        }
        let Some(fold) = fold_for(flags) else {
            return;
        };
        if !(fold.cased)(c) {
            self.op(plain);
            self.emit(c);
            return;
        }
        let lo = (fold.lower)(c);
        if !fold.unicode {
            self.op(if negated {
                Op::NOT_LITERAL_IGNORE
            } else {
                Op::LITERAL_IGNORE
            });
            self.emit(lo);
            return;
        }
        match fixes(lo) {
            None => {
                self.op(if negated {
                    Op::NOT_LITERAL_UNI_IGNORE
                } else {
                    Op::LITERAL_UNI_IGNORE
                });
                self.emit(lo);
            }
            Some(extra) => {
                self.op(Op::IN_UNI_IGNORE);
                let skip = self.slot();
                if negated {
                    self.op(Op::NEGATE);
                }
                for &k in std::iter::once(&lo).chain(extra) {
                    self.op(Op::LITERAL);
                    self.emit(k);
                }
                self.op(Op::FAILURE);
                self.patch(skip);
            }
        }
    }

    fn node(&mut self, n: &Node, flags: u32) -> Result<(), CompileError> {
        match n {
            Node::Literal(c) => self.literal(*c, false, flags),
            Node::NotLiteral(c) => self.literal(*c, true, flags),
            Node::In(items) => self.set(items, flags),
            Node::Any => self.op(if flags & DOTALL != 0 {
                Op::ANY_ALL
            } else {
                Op::ANY
            }),
            Node::Repeat {
                greed,
                min,
                max,
                item,
            } => {
                if flags & TEMPLATE != 0 {
                    let name = match greed {
                        Greed::Greedy => "MAX_REPEAT",
                        Greed::Lazy => "MIN_REPEAT",
                        Greed::Possessive => "POSSESSIVE_REPEAT",
                    };
                    let msg = format!("internal: unsupported template operator {name}");
                    return Err(CompileError(msg));
                }
                if simple(item) {
                    self.op(match greed {
                        Greed::Greedy => Op::REPEAT_ONE,
                        Greed::Lazy => Op::MIN_REPEAT_ONE,
                        Greed::Possessive => Op::POSSESSIVE_REPEAT_ONE,
                    });
                    let skip = self.slot();
                    self.emit(*min);
                    self.emit(*max);
                    self.seq(item, flags)?;
                    self.op(Op::SUCCESS);
                    self.patch(skip);
                } else {
                    let (start, end) = match greed {
                        Greed::Greedy => (Op::REPEAT, Op::MAX_UNTIL),
                        Greed::Lazy => (Op::REPEAT, Op::MIN_UNTIL),
                        Greed::Possessive => (Op::POSSESSIVE_REPEAT, Op::SUCCESS),
                    };
                    self.op(start);
                    let skip = self.slot();
                    self.emit(*min);
                    self.emit(*max);
                    self.seq(item, flags)?;
                    self.patch(skip);
                    self.op(end);
                }
            }
            Node::Group {
                group,
                add,
                del,
                body,
            } => {
                if let Some(g) = group {
                    self.op(Op::MARK);
                    self.emit(((g - 1) * 2) as u32);
                }
                self.seq(body, combine(flags, *add, *del))?;
                if let Some(g) = group {
                    self.op(Op::MARK);
                    self.emit(((g - 1) * 2 + 1) as u32);
                }
            }
            Node::Atomic(body) => {
                self.op(Op::ATOMIC_GROUP);
                let skip = self.slot();
                self.seq(body, flags)?;
                self.op(Op::SUCCESS);
                self.patch(skip);
            }
            Node::Assert {
                negate,
                behind,
                body,
            } => {
                self.op(if *negate { Op::ASSERT_NOT } else { Op::ASSERT });
                let skip = self.slot();
                if *behind {
                    let (lo, hi) = width(body, &self.widths);
                    if lo != hi {
                        return Err(CompileError(
                            "look-behind requires fixed-width pattern".into(),
                        ));
                    }
                    self.emit(lo);
                } else {
                    self.emit(0);
                }
                self.seq(body, flags)?;
                self.op(Op::SUCCESS);
                self.patch(skip);
            }
            Node::At(at) => {
                if *at == At::NonBoundary {
                    // CPython 3.11's `\B` never matches in an empty string
                    // (the engine follows 3.14, where it does): not at the
                    // start and the end at once.
                    self.code.extend([Op::ASSERT_NOT as u32, 7, 0]);
                    self.code
                        .extend([Op::AT as u32, AtC::BEGINNING_STRING as u32]);
                    self.code.extend([Op::AT as u32, AtC::END_STRING as u32]);
                    self.op(Op::SUCCESS);
                }
                self.op(Op::AT);
                self.emit(at_code(*at, flags) as u32);
            }
            Node::Branch(items) => {
                self.op(Op::BRANCH);
                let mut tails = Vec::with_capacity(items.len());
                for item in items {
                    let skip = self.slot();
                    self.seq(item, flags)?;
                    self.op(Op::JUMP);
                    tails.push(self.slot());
                    self.patch(skip);
                }
                self.op(Op::FAILURE);
                for t in tails {
                    self.patch(t);
                }
            }
            Node::GroupRef(g) => {
                self.op(if flags & IGNORECASE == 0 {
                    Op::GROUPREF
                } else if flags & LOCALE != 0 {
                    Op::GROUPREF_LOC_IGNORE
                } else if flags & UNICODE == 0 {
                    Op::GROUPREF_IGNORE
                } else {
                    Op::GROUPREF_UNI_IGNORE
                });
                self.emit((g - 1) as u32);
            }
            Node::GroupRefExists { group, yes, no } => {
                self.op(Op::GROUPREF_EXISTS);
                self.emit((group - 1) as u32);
                let skip_yes = self.slot();
                self.seq(yes, flags)?;
                if let Some(no) = no.as_ref().filter(|n| !n.is_empty()) {
                    self.op(Op::JUMP);
                    let skip_no = self.slot();
                    self.code[skip_yes] = (self.code.len() - skip_yes + 1) as u32;
                    self.seq(no, flags)?;
                    self.patch(skip_no);
                } else {
                    self.code[skip_yes] = (self.code.len() - skip_yes + 1) as u32;
                }
            }
        }
        Ok(())
    }

    /// A character set. Under ignore-case the members are folded as
    /// CPython folds them (so its corner cases, such as non-BMP members,
    /// behave the same).
    fn set(&mut self, items: &[SetItem], flags: u32) {
        let fold = fold_for(flags);
        let (members, cased) = match fold {
            Some(f) => fold_set(items, f),
            None => (items.to_vec(), false),
        };
        self.op(if flags & IGNORECASE != 0 && flags & LOCALE != 0 {
            Op::IN_LOC_IGNORE
        } else if !cased {
            Op::IN
        } else if fold.is_some_and(|f| !f.unicode) {
            Op::IN_IGNORE
        } else {
            Op::IN_UNI_IGNORE
        });
        let skip = self.slot();
        emit_members(&mut self.code, &members, flags);
        self.op(Op::FAILURE);
        self.patch(skip);
    }
}

/// A set's members as the engine reads them (after `IN`, and in an INFO
/// block's charset), without the closing `FAILURE`.
pub(super) fn emit_members(code: &mut Vec<u32>, members: &[SetItem], flags: u32) {
    for m in members {
        match m {
            SetItem::Negate => code.push(Op::NEGATE as u32),
            SetItem::Literal(c) => code.extend([Op::LITERAL as u32, *c]),
            SetItem::Range(a, b) => code.extend([Op::RANGE as u32, *a, *b]),
            SetItem::RangeUniIgnore(a, b) => code.extend([Op::RANGE_UNI_IGNORE as u32, *a, *b]),
            SetItem::Category(c) => code.extend([Op::CATEGORY as u32, cat_code(*c, flags) as u32]),
        }
    }
}

/// CPython's `_get_iscased`: under ignore-case, whether a character has
/// other cases (Unicode or ASCII rules); `None` without ignore-case.
pub(super) fn iscased_for(flags: u32) -> Option<fn(u32) -> bool> {
    if flags & IGNORECASE == 0 {
        None
    } else if flags & UNICODE != 0 {
        Some(unicode_cased)
    } else {
        Some(ascii_cased)
    }
}

/// Folds a set's members for ignore-case: the folded BMP members become
/// literals and ranges; a non-BMP member stays as it is and a range
/// reaching past the BMP is tested by the engine case-insensitively
/// (`RANGE_UNI_IGNORE`), as CPython's compiler does.
fn fold_set(items: &[SetItem], f: Fold) -> (Vec<SetItem>, bool) {
    let mut map = vec![false; 0x10000];
    let mut head = Vec::new();
    let mut tail = Vec::new();
    let mut cased = false;
    let mark = |map: &mut Vec<bool>, lo: u32| {
        map[lo as usize] = true;
        if f.unicode
            && let Some(extra) = fixes(lo)
        {
            for &k in extra {
                if let Some(slot) = map.get_mut(k as usize) {
                    *slot = true;
                }
            }
        }
    };
    for item in items {
        match item {
            SetItem::Negate => head.push(SetItem::Negate),
            SetItem::Literal(c) => {
                let lo = (f.lower)(*c);
                if lo < 0x10000 {
                    mark(&mut map, lo);
                    cased |= (f.cased)(*c);
                } else {
                    cased = true;
                    tail.push(SetItem::Literal(*c));
                }
            }
            SetItem::Range(a, b) => {
                let mut beyond = false;
                for c in *a..=*b {
                    let lo = (f.lower)(c);
                    if lo >= 0x10000 {
                        beyond = true;
                        break;
                    }
                    mark(&mut map, lo);
                }
                if beyond {
                    cased = true;
                    tail.push(SetItem::Range(*a, *b));
                } else if !cased {
                    cased = (*a..=*b).any(f.cased);
                }
            }
            SetItem::Category(_) | SetItem::RangeUniIgnore(..) => tail.push(item.clone()),
        }
    }
    let mut out = head;
    let mut c = 0;
    while c < 0x10000 {
        if !map[c] {
            c += 1;
            continue;
        }
        let start = c;
        while c < 0x10000 && map[c] {
            c += 1;
        }
        out.push(if c - start == 1 {
            SetItem::Literal(start as u32)
        } else {
            SetItem::Range(start as u32, (c - 1) as u32)
        });
    }
    for t in tail {
        out.push(match t {
            SetItem::Range(a, b) => SetItem::RangeUniIgnore(a, b),
            other => other,
        });
    }
    (out, cased)
}
