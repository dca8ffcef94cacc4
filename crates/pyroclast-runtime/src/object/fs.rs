//! The filesystem capability: the only way Python code reaches the host's
//! files. The host grants directory trees (read-only or read-write); every
//! path Python names is resolved here (against the virtual working
//! directory, with `..` and symbolic links followed on the host) and must
//! land inside a granted tree, or the operation raises `PermissionError`
//! without touching what the path names. An interpreter without grants
//! touches no file.

use std::cell::RefCell;
use std::path::{Component, Path, PathBuf};

/// What a grant allows under its directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Reading files, listing directories, `stat`.
    ReadOnly,
    /// Everything `ReadOnly` allows, plus creating, writing, renaming and
    /// removing.
    ReadWrite,
}

/// One granted directory tree.
#[derive(Clone, Debug)]
pub struct Grant {
    /// The directory, canonical (absolute, no links).
    pub root: PathBuf,
    /// What Python may do under it.
    pub access: Access,
}

/// Why a path was refused; the message is the `strerror` of the
/// `PermissionError` raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// The interpreter has no grant at all.
    NoAccess,
    /// The path resolves outside every granted tree.
    Outside,
    /// The path is under a read-only grant and the operation writes.
    ReadOnly,
}

impl Denied {
    /// The `strerror` of the `PermissionError` (errno 13) raised.
    pub fn message(self) -> &'static str {
        match self {
            Denied::NoAccess => "Permission denied (no filesystem access was granted)",
            Denied::Outside => "Permission denied (outside the granted directories)",
            Denied::ReadOnly => "Permission denied (read-only access)",
        }
    }
}

/// Whether an operation follows a symbolic link named by the last
/// component (`open`, `stat`) or acts on the link itself (`remove`,
/// `rename`, `lstat`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    /// Acts on what the link points to.
    Yes,
    /// Acts on the link.
    No,
}

/// The grants of one interpreter and its working directory.
#[derive(Debug, Default)]
pub struct FsAccess {
    grants: Vec<Grant>,
    cwd: RefCell<Option<PathBuf>>,
}

impl FsAccess {
    /// Access to the trees in `grants`; the working directory starts at
    /// the first one. A directory that does not exist (or cannot be made
    /// canonical) is left out.
    pub fn new(grants: impl IntoIterator<Item = (PathBuf, Access)>) -> FsAccess {
        let grants: Vec<Grant> = grants
            .into_iter()
            .filter_map(|(dir, access)| {
                let root = std::fs::canonicalize(&dir).ok()?;
                root.is_dir().then_some(Grant { root, access })
            })
            .collect();
        let cwd = grants.first().map(|g| g.root.clone());
        FsAccess {
            grants,
            cwd: RefCell::new(cwd),
        }
    }

    /// True when something is granted.
    pub fn any(&self) -> bool {
        !self.grants.is_empty()
    }

    /// The virtual working directory (`os.getcwd()`), if anything is
    /// granted.
    pub fn cwd(&self) -> Option<PathBuf> {
        self.cwd.borrow().clone()
    }

    /// `os.chdir`: the new directory must be a granted directory (readable).
    pub fn set_cwd(&self, dir: PathBuf) {
        *self.cwd.borrow_mut() = Some(dir);
    }

    /// Resolves `path` for an operation that reads (`write == false`) or
    /// changes what it names: the host path to use, inside a grant that
    /// allows it.
    pub fn resolve(&self, path: &str, write: bool, follow: Follow) -> Result<PathBuf, Denied> {
        let Some(cwd) = self.cwd() else {
            return Err(Denied::NoAccess);
        };
        let joined = cwd.join(path);
        let resolved = resolve_links(&joined, follow);
        let grant = self
            .grants
            .iter()
            .filter(|g| resolved.starts_with(&g.root))
            // The deepest grant decides (a read-only tree inside a
            // read-write one stays read-only).
            .max_by_key(|g| g.root.components().count())
            .ok_or(Denied::Outside)?;
        if write && grant.access == Access::ReadOnly {
            return Err(Denied::ReadOnly);
        }
        Ok(resolved)
    }
}

/// The host path `path` (absolute) stands for: `.` and `..` applied after
/// the links before them are followed, as the kernel walks a path, and the
/// last component followed too when `follow` says so. Components that do
/// not exist yet are kept as written.
fn resolve_links(path: &Path, follow: Follow) -> PathBuf {
    let comps: Vec<Component> = path.components().collect();
    let mut out = PathBuf::from("/");
    let last = comps.len().saturating_sub(1);
    let mut hops = 0;
    for (i, c) in comps.iter().enumerate() {
        match c {
            Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if i == last && follow == Follow::No {
                    break;
                }
                // A link is replaced by where it points, made canonical
                // (which follows any links inside it too); a loop or a
                // dangling link stays as written and fails when used.
                if let Ok(meta) = std::fs::symlink_metadata(&out)
                    && meta.file_type().is_symlink()
                {
                    hops += 1;
                    if let Ok(real) = std::fs::canonicalize(&out) {
                        out = real;
                    } else if let Ok(target) = std::fs::read_link(&out)
                        && hops < 40
                    {
                        // Dangling: where it would point (for `open(..., 'w')`
                        // through a link to a file not made yet).
                        out.pop();
                        out = resolve_links(&out.join(target), Follow::No);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_components_cannot_leave_the_root() {
        let dir = std::env::temp_dir().join(format!("pyroclast-fs-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        let fs = FsAccess::new([(dir.join("sub"), Access::ReadWrite)]);
        assert!(fs.resolve("a.txt", true, Follow::Yes).is_ok());
        assert_eq!(
            fs.resolve("../a.txt", false, Follow::Yes),
            Err(Denied::Outside)
        );
        assert_eq!(
            fs.resolve("/etc/passwd", false, Follow::Yes),
            Err(Denied::Outside)
        );
        assert!(fs.resolve("x/../b", false, Follow::Yes).is_ok());
        let none = FsAccess::new([]);
        assert_eq!(none.resolve("a", false, Follow::Yes), Err(Denied::NoAccess));
        let ro = FsAccess::new([(dir.join("sub"), Access::ReadOnly)]);
        assert_eq!(ro.resolve("a", true, Follow::Yes), Err(Denied::ReadOnly));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
