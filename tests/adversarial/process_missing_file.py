# Runs as `pyroclast does_not_exist.py` (see process_missing_file.args).
