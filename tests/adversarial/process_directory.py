# Runs as `pyroclast .` (see process_directory.args): a folder without __main__.py.
