//! The INFO block that starts a compiled pattern, as CPython's
//! `_compile_info` writes it: the width bounds and, when the pattern
//! starts with one, a literal prefix (with its overlap table) or the set
//! of characters a match can start with. The engine's search uses them
//! to skip to the places a match can begin instead of trying a match at
//! every position.

use rustpython_sre_engine::SreOpcode as Op;

use super::compiler::{combine, emit_members, iscased_for};
use super::flags::{IGNORECASE, LOCALE};
use super::parser::{Node, SetItem};

/// `SRE_INFO_*` flags.
const PREFIX: u32 = 1;
const LITERAL: u32 = 2;
const CHARSET: u32 = 4;

/// The INFO block for `nodes` (compiled under `flags`) of width `lo..=hi`.
pub fn block(nodes: &[Node], flags: u32, lo: u32, hi: u32) -> Vec<u32> {
    let mut code = vec![Op::INFO as u32, 0];
    let (mut prefix, mut prefix_skip, mut got_all, mut charset) = (Vec::new(), None, false, None);
    if lo != 0 && !(flags & IGNORECASE != 0 && flags & LOCALE != 0) {
        (prefix, prefix_skip, got_all) = literal_prefix(nodes, flags);
        if prefix.is_empty() {
            charset = charset_prefix(nodes, flags);
        }
    }
    let mask = if !prefix.is_empty() {
        if prefix_skip.is_none() && got_all {
            PREFIX | LITERAL
        } else {
            PREFIX
        }
    } else if charset.is_some() {
        CHARSET
    } else {
        0
    };
    code.extend([mask, lo, hi]);
    if !prefix.is_empty() {
        code.push(prefix.len() as u32);
        code.push(prefix_skip.unwrap_or(prefix.len()) as u32);
        code.extend(&prefix);
        code.extend(overlap_table(&prefix));
    } else if let Some((items, flags)) = charset {
        emit_members(&mut code, &items, flags);
        code.push(Op::FAILURE as u32);
    }
    code[1] = (code.len() - 1) as u32;
    code
}

/// CPython's `_get_literal_prefix`: the literal characters every match
/// starts with, where the first group starts among them (`prefix_skip`),
/// and whether the prefix is the whole pattern.
fn literal_prefix(nodes: &[Node], flags: u32) -> (Vec<u32>, Option<usize>, bool) {
    let mut prefix = Vec::new();
    let mut prefix_skip = None;
    let iscased = iscased_for(flags);
    for n in nodes {
        match n {
            Node::Literal(c) => {
                if iscased.is_some_and(|f| f(*c)) {
                    return (prefix, prefix_skip, false);
                }
                prefix.push(*c);
            }
            Node::Group {
                group,
                add,
                del,
                body,
            } => {
                let flags1 = combine(flags, *add, *del);
                if flags1 & IGNORECASE != 0 && flags1 & LOCALE != 0 {
                    return (prefix, prefix_skip, false);
                }
                let (prefix1, prefix_skip1, got_all) = literal_prefix(body, flags1);
                if prefix_skip.is_none() {
                    if group.is_some() {
                        prefix_skip = Some(prefix.len());
                    } else if let Some(s) = prefix_skip1 {
                        prefix_skip = Some(prefix.len() + s);
                    }
                }
                prefix.extend(prefix1);
                if !got_all {
                    return (prefix, prefix_skip, false);
                }
            }
            _ => return (prefix, prefix_skip, false),
        }
    }
    (prefix, prefix_skip, true)
}

/// CPython's `_get_charset_prefix`: the set of characters every match
/// starts with (and the flags it is compiled under), when the pattern
/// starts with a literal, a branch of literals or a set.
fn charset_prefix(mut nodes: &[Node], mut flags: u32) -> Option<(Vec<SetItem>, u32)> {
    let first = loop {
        let first = nodes.first()?;
        let Node::Group { add, del, body, .. } = first else {
            break first;
        };
        flags = combine(flags, *add, *del);
        if flags & IGNORECASE != 0 && flags & LOCALE != 0 {
            return None;
        }
        nodes = body;
    };
    let iscased = iscased_for(flags);
    let cased = |c: u32| iscased.is_some_and(|f| f(c));
    match first {
        Node::Literal(c) if !cased(*c) => Some((vec![SetItem::Literal(*c)], flags)),
        Node::Branch(alternatives) => {
            let mut items = Vec::new();
            for alt in alternatives {
                match alt.first()? {
                    Node::Literal(c) if !cased(*c) => items.push(SetItem::Literal(*c)),
                    _ => return None,
                }
            }
            Some((items, flags))
        }
        Node::In(items) => {
            if iscased.is_some() {
                for item in items {
                    match item {
                        SetItem::Literal(c) if cased(*c) => return None,
                        SetItem::Range(a, b) if *b > 0xffff || (*a..=*b).any(cased) => {
                            return None;
                        }
                        _ => {}
                    }
                }
            }
            Some((items.clone(), flags))
        }
        _ => None,
    }
}

/// CPython's `_generate_overlap_table` (the KMP failure function).
fn overlap_table(prefix: &[u32]) -> Vec<u32> {
    let mut table = vec![0u32; prefix.len()];
    for i in 1..prefix.len() {
        let mut idx = table[i - 1] as usize;
        loop {
            if prefix[i] == prefix[idx] {
                table[i] = idx as u32 + 1;
                break;
            }
            if idx == 0 {
                table[i] = 0;
                break;
            }
            idx = table[idx - 1] as usize;
        }
    }
    table
}
