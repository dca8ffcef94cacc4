//! Where `import` finds modules that are not in the standard library: a
//! [`ModuleLoader`] the host supplies (or the file system, for
//! [`Builder::module_path`](crate::Builder::module_path)).

use pyroclast_runtime::object::vm as rt;

/// What a [`ModuleLoader`] found for one name in one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModuleSource {
    /// A plain module (`name.py`).
    Module {
        /// The module's `__file__`, also shown in tracebacks.
        filename: String,
        /// Its source text.
        source: String,
    },
    /// A package (`name/__init__.py`): its submodules are looked for in
    /// `dir`, which becomes the package's `__path__`.
    Package {
        /// The package's folder, as the loader will be asked about it.
        dir: String,
        /// The `__file__` of the package (its `__init__`).
        filename: String,
        /// The source of `__init__`.
        source: String,
    },
    /// A folder without `__init__`: part of a namespace package (its
    /// portions in every folder of the search path are joined).
    Namespace {
        /// The folder.
        dir: String,
    },
}

/// Finds modules for `import`, as CPython's path finder does for one
/// folder. `import a.b` asks for `a` in each entry of `sys.path` in turn
/// (the entries given with [`Builder::module_path`](crate::Builder::module_path)),
/// then for `b` in the folder of package `a`. Folders are strings that
/// mean what the loader says: paths, archive prefixes, keys.
///
/// ```
/// use std::collections::HashMap;
/// use pyroclast::{Interpreter, ModuleLoader, ModuleSource};
///
/// struct Memory(HashMap<String, String>);
///
/// impl ModuleLoader for Memory {
///     fn find(&self, dir: &str, name: &str) -> Option<ModuleSource> {
///         let base = format!("{dir}/{name}");
///         if let Some(src) = self.0.get(&format!("{base}/__init__.py")) {
///             return Some(ModuleSource::Package {
///                 dir: base.clone(),
///                 filename: format!("{base}/__init__.py"),
///                 source: src.clone(),
///             });
///         }
///         let file = format!("{base}.py");
///         let source = self.0.get(&file)?.clone();
///         Some(ModuleSource::Module { filename: file, source })
///     }
/// }
///
/// let files = HashMap::from([
///     ("mem/app/__init__.py".to_string(), "from .util import double\n".to_string()),
///     ("mem/app/util.py".to_string(), "def double(x):\n    return 2 * x\n".to_string()),
/// ]);
/// let mut py = Interpreter::builder()
///     .module_loader(Memory(files))
///     .module_path("mem")
///     .build();
/// py.run("import app")?;
/// assert_eq!(py.eval("app.double(21)")?.extract::<i64>()?, 42);
/// assert_eq!(py.eval("app.util.__name__")?.extract::<String>()?, "app.util");
/// # Ok::<(), pyroclast::Error>(())
/// ```
pub trait ModuleLoader: 'static {
    /// Looks for module or package `name` (one identifier, never dotted)
    /// in folder `dir` (an entry of `sys.path` or a package's folder).
    fn find(&self, dir: &str, name: &str) -> Option<ModuleSource>;
}

/// The file-system loader behind [`Builder::module_path`](crate::Builder::module_path):
/// `name/__init__.py`, then `name.py`, then a namespace folder `name/`,
/// as CPython looks in one folder; `''` is the current folder.
#[derive(Debug, Default, Clone, Copy)]
pub struct FileLoader;

impl ModuleLoader for FileLoader {
    fn find(&self, dir: &str, name: &str) -> Option<ModuleSource> {
        rt::ModuleLoader::find(&rt::DirLoader, dir, name).map(from_runtime)
    }
}

fn from_runtime(f: rt::Found) -> ModuleSource {
    match f {
        rt::Found::Module { filename, source } => ModuleSource::Module { filename, source },
        rt::Found::Package {
            dir,
            filename,
            source,
        } => ModuleSource::Package {
            dir,
            filename,
            source,
        },
        rt::Found::Namespace { dir } => ModuleSource::Namespace { dir },
    }
}

/// The runtime's view of a host loader.
pub(crate) struct Adapter(pub Box<dyn ModuleLoader>);

impl rt::ModuleLoader for Adapter {
    fn find(&self, dir: &str, name: &str) -> Option<rt::Found> {
        Some(match self.0.find(dir, name)? {
            ModuleSource::Module { filename, source } => rt::Found::Module { filename, source },
            ModuleSource::Package {
                dir,
                filename,
                source,
            } => rt::Found::Package {
                dir,
                filename,
                source,
            },
            ModuleSource::Namespace { dir } => rt::Found::Namespace { dir },
        })
    }
}
