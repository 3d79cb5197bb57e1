"""The only importer of reportlab: read models in, PDF out."""
