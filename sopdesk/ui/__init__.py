"""The Qt front end: the only importer of PySide6 (with app.py)."""
