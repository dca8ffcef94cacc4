# Runs as `pyroclast pkgdir`: a folder with __main__.py runs it.
