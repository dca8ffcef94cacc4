# Module specs and loaders for modules imported from sys.path. The Rust
# importer (stdlib/importer.rs) finds and runs the code; these objects are
# what a module's __spec__ and __loader__ show. SourceFileLoader is Rust
# (stdlib/frozen_external.rs), so __main__ gets one without this module.


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr


class BuiltinImporter:
    # The loader of modules built into the interpreter (`sys`, `math`).

    @staticmethod
    def is_package(fullname):
        return False

    @staticmethod
    def get_source(fullname):
        return None


class FrozenImporter:
    # The loader of the embedded standard library written in Python.

    @staticmethod
    def is_package(fullname):
        return False

    @staticmethod
    def get_source(fullname):
        return None


class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''


def _spec_for(name, origin, path):
    # `origin` is the file (None for a namespace package, 'built-in' or
    # 'frozen' for the standard library); `path` the package's __path__.
    if origin is None:
        loader = NamespaceLoader(name, path)
    elif origin in ('built-in', 'frozen'):
        loader = BuiltinImporter if origin == 'built-in' else FrozenImporter
        spec = ModuleSpec(name, loader, origin=origin, is_package=path is not None)
        return spec, loader
    else:
        loader = _bootstrap_external.SourceFileLoader(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=path is not None)
    if path is not None:
        spec.submodule_search_locations = path
    spec._set_fileattr = origin is not None
    return spec, loader


# Last: importing it makes its spec, with _spec_for above.
import _frozen_importlib_external as _bootstrap_external
