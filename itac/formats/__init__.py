"""Date formats the campaign sets itself (settings.FORMAT_MODULE_PATH), by language."""
