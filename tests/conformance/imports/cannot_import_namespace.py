from nspkg import missing_name
